// Boussole's server for a benchmark, in a process of its own (spawned by server-process.ts): so the
// memory, CPU profile and event-loop delay measured are the server's, not the load generator's or
// the baselines'. It mounts one platform exactly as the benches did in-process, on the bench's
// database, and answers the parent over the IPC channel. Like the server, it loads Bolt only to run
// Slack (adapters/slack/channel.ts) and botbuilder only once Teams is used (adapters/teams/mount.ts).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { slackRepositories } from '../../adapters/slack/repositories.js';
import { teamsRepositories } from '../../adapters/teams/repositories.js';
import { buildEngine } from '../../src/app/build-engine.js';
import { createRepositories, listRepositories } from '../../src/app/repositories.js';
import { parseConfig } from '../../src/config/env.js';
import type { Channel } from '../../src/core/ports/channel.js';
import { createHttpApp } from '../../src/http/app.js';
import { closeServer, listen } from '../../src/http/listen.js';
import { createLogger } from '../../src/log/logger.js';
import { clientOptionsFor } from '../../src/store/client-options.js';
import { ensureIndexes } from '../../src/store/repository.js';
import { parentMessageSchema, serverSettingsSchema, type ServerMessage } from './server-protocol.js';
import { memoryBreakdown, watchEventLoop } from './process-figures.js';

const settings = serverSettingsSchema.parse(JSON.parse(process.env.BENCH_SERVER ?? 'null'));
const send = (message: ServerMessage) => process.send!(message);

const client = new MongoClient(settings.mongoUri, { ...clientOptionsFor(settings.dbKind, 'interactive'), monitorCommands: true });
// Database commands by name and collection while watched: what a turn costs in round trips, counted by the driver.
let commands: Record<string, number> | undefined;
client.on('commandStarted', (event) => {
  if (!commands) return;
  const target = (event.command as Record<string, unknown>)[event.commandName];
  const key = typeof target === 'string' ? `${event.commandName} ${target}` : event.commandName;
  commands[key] = (commands[key] ?? 0) + 1;
});
const db = client.db(settings.dbName);
const log = createLogger({ level: 'silent', format: 'json' });
const config = parseConfig({
  PORT: '0',
  NODE_ENV: 'production',
  DEFAULT_LOCALE: settings.locale,
  ...(settings.platform === 'slack' ? { SLACK_SIGNING_SECRET: settings.slack.signingSecret, SLACK_BOT_TOKEN: settings.slack.botToken, SLACK_API_URL: settings.slack.apiUrl } : {}),
  // The one production setting a bench run may vary, to compare turn limits.
  ...(process.env.SLACK_MAX_CONCURRENT_TURNS ? { SLACK_MAX_CONCURRENT_TURNS: process.env.SLACK_MAX_CONCURRENT_TURNS } : {}),
});
const repositories = { ...createRepositories(db), ...slackRepositories(db), ...teamsRepositories(db) };
await ensureIndexes(listRepositories(repositories));
const engine = buildEngine({ repositories, defaults: config.defaults, log });
const app = createHttpApp({ ready: async () => true });
const channel: Channel =
  settings.platform === 'slack'
    ? await (await import('../../adapters/slack/index.js')).mountSlack({ app, config, log, engine, repositories, plans: repositories.plans })
    : await (await import('../../adapters/teams/mount.js')).mountTeams({ app, config, log, engine, repositories });
const server = await listen(app, 0, '127.0.0.1');

// BENCH_CPU_PROF: a CPU profile of the measured run only (not start-up nor warm-up), written there.
const profileDir = process.env.BENCH_CPU_PROF;
const profiler = profileDir ? new Session() : undefined;
profiler?.connect();

let loop: ReturnType<typeof watchEventLoop> | undefined;
process.on('message', async (raw) => {
  const message = parentMessageSchema.parse(raw);
  if (message.type === 'watch') {
    if (profiler) {
      await profiler.post('Profiler.enable');
      await profiler.post('Profiler.start');
    }
    loop = watchEventLoop();
    commands = {};
    send({ type: 'watching' });
  } else if (message.type === 'figures') {
    if (profiler && profileDir) {
      const { profile } = await profiler.post('Profiler.stop');
      const file = join(profileDir, `${settings.platform}-${Date.now()}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      console.error(`the server's CPU profile of the measured run: ${file}`);
    }
    const delay = loop?.stop() ?? { p50: Number.NaN, p99: Number.NaN, max: Number.NaN };
    // Live objects only: a full collection first (the server runs with --expose-gc for this).
    (globalThis as { gc?: () => void }).gc?.();
    const { heapUsed, heapTotal } = process.memoryUsage();
    send({ type: 'figures', delay, commands: commands ?? {}, heap: { used: heapUsed / 2 ** 20, total: heapTotal / 2 ** 20 }, breakdown: memoryBreakdown(), turns: settings.platform === 'slack' ? config.slack.maxConcurrentTurns : undefined });
    loop = undefined;
    commands = undefined;
  } else {
    void (async () => {
      await channel.stop();
      await closeServer(server);
      await client.close();
      process.exit(0);
    })();
  }
});
send({ type: 'ready', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
