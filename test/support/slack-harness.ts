// Boussole's Slack endpoint on a real HTTP server on 127.0.0.1: the shared express app,
// mountSlack with the real Bolt ExpressReceiver, a fake Slack Web API, and the test database.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Db } from 'mongodb';
import { mountSlack, type HomeSection, type SlackMount } from '../../adapters/slack/index.js';
import { parseConfig, type Config } from '../../src/config/env.js';
import type { Engine } from '../../src/core/ports/engine.js';
import { createHttpApp } from '../../src/http/app.js';
import { closeServer, listen } from '../../src/http/listen.js';
import { createLogger } from '../../src/log/logger.js';
import { ensureIndexes } from '../../src/store/repository.js';
import { createAllRepositories, type AllRepositories } from './repositories.js';
import { startFakeSlackApi, type FakeSlackApi } from './fake-slack-api.js';
import { commandBody, eventBody, interactionBody, sign, SIGNING_SECRET, type CommandOptions } from './slack-requests.js';

export const BOT_TOKEN = 'xoxb-test-single-workspace-token';
export const OAUTH = { clientId: '111.222', clientSecret: 'test-client-secret', stateSecret: 'test-state-secret' };

export interface SlackHarness {
  url: string;
  api: FakeSlackApi;
  config: Config;
  repositories: AllRepositories;
  slack: SlackMount;
  logs: Array<Record<string, unknown>>;
  /** Posts to /slack/events, signed unless told otherwise. */
  post(body: string, contentType: string, options?: { secret?: string; timestamp?: number; headers?: Record<string, string>; unsigned?: boolean }): Promise<{ status: number; text: string; ms: number }>;
  command(text: string, options?: Partial<CommandOptions> & { responseId?: string; headers?: Record<string, string> }): Promise<{ status: number; text: string; ms: number }>;
  event(event: Record<string, unknown>, options?: { team?: string; eventId?: string; headers?: Record<string, string> }): Promise<{ status: number; text: string; ms: number }>;
  interaction(payload: Record<string, unknown>): Promise<{ status: number; text: string; ms: number }>;
  close(): Promise<void>;
}

export async function startSlackHarness(options: {
  db: Db;
  engine: Engine;
  mode?: 'single' | 'oauth';
  api?: FakeSlackApi;
  env?: Record<string, string>;
  homeSections?: HomeSection[];
}): Promise<SlackHarness> {
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const log = createLogger({ level: 'debug', format: 'json', destination });
  const api = options.api ?? (await startFakeSlackApi());
  const mode = options.mode ?? 'single';
  const config = parseConfig({
    PORT: '0',
    NODE_ENV: 'test',
    DEFAULT_LOCALE: 'en',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: api.apiUrl,
    ...(mode === 'single'
      ? { SLACK_BOT_TOKEN: BOT_TOKEN }
      : { SLACK_CLIENT_ID: OAUTH.clientId, SLACK_CLIENT_SECRET: OAUTH.clientSecret, SLACK_STATE_SECRET: OAUTH.stateSecret }),
    ...options.env,
  });
  const repositories = createAllRepositories(options.db);
  await ensureIndexes([repositories.tenants, repositories.processedKeys, repositories.slackInstallations, repositories.plans, repositories.sessions]);
  const app = createHttpApp({ ready: async () => true });
  const slack = await mountSlack({ app, config, log, engine: options.engine, repositories, plans: repositories.plans, ...(options.homeSections ? { homeSections: options.homeSections } : {}) });
  const server: Server = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const post: SlackHarness['post'] = async (body, contentType, o = {}) => {
    const signed = o.unsigned ? { body, headers: { 'content-type': contentType, ...o.headers } } : sign(body, contentType, o);
    const started = performance.now();
    const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: signed.headers, body: signed.body });
    const text = await res.text();
    return { status: res.status, text, ms: performance.now() - started };
  };
  return {
    url,
    api,
    config,
    repositories,
    slack,
    logs,
    post,
    command: (text, o = {}) => post(commandBody(text, { ...o, responseUrl: o.responseUrl ?? api.responseUrl(o.responseId ?? 'r') }), 'application/x-www-form-urlencoded', o.headers ? { headers: o.headers } : {}),
    event: (event, o = {}) => post(eventBody(event, o), 'application/json', o.headers ? { headers: o.headers } : {}),
    interaction: (payload) => post(interactionBody(payload), 'application/x-www-form-urlencoded'),
    async close() {
      await slack.stop();
      await closeServer(server);
      if (!options.api) await api.close();
    },
  };
}
