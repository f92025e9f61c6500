// Boussole as an operator runs it — the real entry point, its own embedded FerretDB, Slack and
// Teams on its HTTP server — with fakes of the Slack Web API and the Bot Connector on 127.0.0.1,
// for the fault suite: kill what an outage kills, then look at what the person saw, what is stored
// and what the logs say.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, beforeAll, expect } from 'vitest';
import { startFakeBotConnector, type FakeBotConnector, type ReceivedActivity } from './fake-bot-connector.js';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';
import { killSpawned, pidsMatching, spawnBoussole, type BoussoleProcess } from './boussole-process.js';
import { dmMessage, eventBody, sign, SIGNING_SECRET } from './slack-requests.js';
import { AAD_TENANT, personalMessage, type TestUser } from './teams-activities.js';

/** Every secret the suite gives Boussole: none may ever appear in a log line. */
export const SECRETS = {
  slackBotToken: 'xoxb-fault-suite-bot-token-4f9a1c',
  slackSigningSecret: SIGNING_SECRET,
  slackClientSecret: 'fault-suite-client-secret-77d2e0',
  slackStateSecret: 'fault-suite-state-secret-91bb4a',
  teamsAppPassword: 'fault-suite-app-password-5c3e88',
  databasePassword: 'fault-suite-db-password-a1b2c3',
};

/** Fails the test when a log line carries one of the secrets. */
export function leakedSecrets(output: string): string[] {
  return Object.entries(SECRETS)
    .filter(([, secret]) => output.includes(secret))
    .map(([name]) => name);
}

export interface LogLine {
  level: string;
  msg: string;
  [field: string]: unknown;
}

export function logLines(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogLine);
}

export interface FaultHarness {
  boussole: BoussoleProcess;
  base: string;
  dataDir: string;
  slack: FakeSlackApi;
  connector: FakeBotConnector;
  /** A client of Boussole's own embedded database (reconnects by itself after a restart). */
  db: Db;
  /** Every byte every Boussole process of this harness wrote, restarts included. */
  allOutput(): string;
  /** SIGKILLs Boussole (unless it exited already) and starts it again on the same data folder. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  env?: Record<string, string>;
}

async function start(dataDir: string, env: Record<string, string>): Promise<{ boussole: BoussoleProcess; base: string; uri: string }> {
  const boussole = spawnBoussole({ PORT: '0', BOUSSOLE_DATA_DIR: dataDir, ...env });
  const ready = await boussole.waitForLog('embedded database ready');
  const listening = await boussole.waitForLog('Boussole listens on');
  await boussole.waitForLog('scheduler started');
  return { boussole, base: `http://127.0.0.1:${String(listening.port)}`, uri: String(ready.uri) };
}

export async function startFaultHarness(options: HarnessOptions = {}): Promise<FaultHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'boussole-fault-'));
  const slack = await startFakeSlackApi();
  const connector = await startFakeBotConnector();
  const env = {
    SLACK_BOT_TOKEN: SECRETS.slackBotToken,
    SLACK_SIGNING_SECRET: SECRETS.slackSigningSecret,
    SLACK_API_URL: slack.apiUrl,
    DEFAULT_LOCALE: 'en',
    ...options.env,
  };
  let current = await start(dataDir, env);
  const earlier: string[] = [];
  const connect = (uri: string) => new MongoClient(uri, { maxPoolSize: 1, serverSelectionTimeoutMS: 30_000 });
  let client = connect(current.uri);
  const harness: FaultHarness = {
    get boussole() {
      return current.boussole;
    },
    get base() {
      return current.base;
    },
    dataDir,
    slack,
    connector,
    get db() {
      return client.db('boussole');
    },
    allOutput: () => [...earlier, current.boussole.output()].join('\n'),
    async restart() {
      if (current.boussole.child.exitCode === null && current.boussole.child.signalCode === null) current.boussole.child.kill('SIGKILL');
      await current.boussole.exited;
      earlier.push(current.boussole.output());
      // The guardian stops the orphaned server as soon as the pipe closes.
      await waitForNoServer(dataDir);
      current = await start(dataDir, env);
      // A new start picks a new free port for its server.
      await client.close();
      client = connect(current.uri);
    },
    async close() {
      await client.close();
      if (current.boussole.child.exitCode === null && current.boussole.child.signalCode === null) {
        current.boussole.child.kill('SIGTERM');
        await current.boussole.exited;
      }
      await slack.close();
      await connector.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * One harness for the file: started before its tests, closed after them (what a failed test left
 * running is killed too), and every line its processes logged checked for secrets. Read it through
 * the getter once the tests run.
 */
export function useFaultHarness(options: HarnessOptions = {}, setup?: (harness: FaultHarness) => void): () => FaultHarness {
  let harness: FaultHarness | undefined;
  beforeAll(async () => {
    harness = await startFaultHarness(options);
    setup?.(harness);
  });
  afterAll(async () => {
    const output = harness?.allOutput() ?? '';
    await harness?.close();
    killSpawned();
    expect(leakedSecrets(output)).toEqual([]);
  });
  return () => harness!;
}

/** The answers of step 1 stored for a tenant (a Teams personal chat, a Slack workspace). */
export async function step1AnswersOf(harness: FaultHarness, tenantId: string): Promise<Record<string, unknown>> {
  const plan = (await harness.db.collection('plans').findOne({ tenantId })) as { steps?: Record<string, { answers?: Record<string, unknown> }> } | null;
  return plan?.steps?.['1']?.answers ?? {};
}

/** The embedded FerretDB process (not its guardian) serving `dataDir`. */
export async function serverPids(dataDir: string): Promise<number[]> {
  return pidsMatching(`--sqlite-url=file:${dataDir}`);
}

export async function waitForNoServer(dataDir: string, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while ((await serverPids(dataDir)).length > 0) {
    if (Date.now() > until) throw new Error(`a FerretDB process still serves ${dataDir}`);
    await sleep(50);
  }
}

/**
 * Holds a TCP port so that a restarted FerretDB cannot listen there: an outage that lasts as long
 * as the test wants. Connections are dropped at once (`refuse`, a server that went away) or
 * accepted and never answered (`hang`, a server that stopped responding).
 */
export async function holdPort(port: number, mode: 'refuse' | 'hang' = 'refuse'): Promise<{ release(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => {});
    if (mode === 'refuse') socket.destroy();
  });
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.off('error', reject);
          resolve();
        });
      });
      break;
    } catch (error) {
      if (attempt > 50) throw error;
      await sleep(5);
    }
  }
  return {
    release: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

// ---- Teams: a person in a personal chat ---------------------------------------------------------

export const personalChat = (user: TestUser) => `a:personal-${user.aadObjectId}`;
export const personalTenant = (user: TestUser) => `teams:${AAD_TENANT}:personal:${user.aadObjectId}`;

export function teamsUser(n: number): TestUser {
  return { id: `29:user-${n}`, aadObjectId: `aad-user-${n}`, name: `Person ${n}` };
}

/** The plain text of a received activity: its text and every TextBlock of its cards. */
export function textOfActivity(received: ReceivedActivity): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record.text === 'string') parts.push(record.text);
      for (const [key, value] of Object.entries(record)) if (key !== 'text') walk(value);
    }
  };
  walk(received.activity);
  return parts.join('\n');
}

export interface Reply {
  text: string;
  /** From posting the message to the first reply arriving at the fake connector. */
  afterMs: number;
  status: number;
}

/** Posts a typed message from `user` as Teams does; resolves with Boussole's HTTP answer. */
export function teamsPost(harness: FaultHarness, user: TestUser, text: string, locale = 'en-US'): Promise<Response> {
  return fetch(`${harness.base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(personalMessage({ serviceUrl: harness.connector.url, user, text, locale })),
  });
}

/** Sends a typed message from `user` and waits for the reply (every activity of that turn). */
export async function teamsSay(harness: FaultHarness, user: TestUser, text: string, locale = 'en-US', timeoutMs = 20_000): Promise<Reply> {
  const chat = personalChat(user);
  const before = harness.connector.for(chat).length;
  const started = performance.now();
  let firstAt: number | undefined;
  const stop = harness.connector.onActivity((received) => {
    if (received.conversationId === chat) firstAt ??= performance.now();
  });
  try {
    const response = await teamsPost(harness, user, text, locale);
    // The turn's replies are all sent before Teams gets its HTTP answer.
    await harness.connector.waitFor(chat, before + 1, timeoutMs);
    const received = harness.connector.for(chat).slice(before);
    return { text: received.map(textOfActivity).join('\n'), afterMs: Math.round((firstAt ?? performance.now()) - started), status: response.status };
  } finally {
    stop();
  }
}

// ---- Slack: a person in their DM with Boussole ----------------------------------------------------

/** Boussole answered the platform's request with an error status: the platform keeps the message and retries. */
export class HttpRefused extends Error {
  constructor(readonly status: number) {
    super(`Boussole answered HTTP ${status}`);
    this.name = 'HttpRefused';
  }
}

/** Posts a DM typed by `user` as Slack's Events API does; resolves with Boussole's HTTP answer. */
export function slackPost(harness: FaultHarness, user: string, text: string, team = 'T1'): Promise<Response> {
  const signed = sign(eventBody(dmMessage(text, { user, channel: `D${user}` }), { team }), 'application/json');
  return fetch(`${harness.base}/slack/events`, { method: 'POST', headers: signed.headers, body: signed.body });
}

/** A DM typed by `user` in Slack; resolves with what Boussole posted back in that DM. */
export async function slackSay(harness: FaultHarness, user: string, text: string, timeoutMs = 20_000, team = 'T1'): Promise<Reply> {
  const channel = `D${user}`;
  const before = harness.slack.callsOf('chat.postMessage').filter((c) => c.args.channel === channel).length;
  const started = performance.now();
  const response = await slackPost(harness, user, text, team);
  if (response.status !== 200) throw new HttpRefused(response.status);
  const posts = await harness.slack.waitFor(
    () => {
      const found = harness.slack.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);
      return found.length > before ? found.slice(before) : undefined;
    },
    timeoutMs,
    `a reply in ${channel}`,
  );
  return {
    text: posts.map((p) => `${String(p.args.text ?? '')}\n${JSON.stringify(p.args.blocks ?? [])}`).join('\n'),
    afterMs: Math.round(posts[0]!.at - started),
    status: response.status,
  };
}

/** Waits until `read` gives a value (the database answering again after a restart, say). */
export async function eventually<T>(read: () => Promise<T | undefined>, timeoutMs = 30_000, what = 'a condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
