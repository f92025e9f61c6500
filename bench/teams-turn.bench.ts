// Turn latency through POST /api/messages: from the request leaving the client to the reply
// reaching the fake Bot Connector, 50 conversations at once. Boussole (real CloudAdapter, real
// engine, MongoDB, in a server process of its own) against a bare CloudAdapter bot that echoes,
// measured in the same run. The server's memory, event-loop delay and CPU per turn are its own;
// the database's CPU per turn is the embedded server's share of the cost.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import express from 'express';
import { closeServer, listen } from '../src/http/listen.js';
import { startFakeBotConnector, type FakeBotConnector } from '../test/support/fake-bot-connector.js';
import { personalMessage, type TestUser } from '../test/support/teams-activities.js';
import { openBenchDatabase } from './support/database.js';
import { formatBreakdown, processCpuMs, processTreeCpuMs } from './support/process-figures.js';
import { startServerProcess } from './support/server-process.js';
import { fmt, percentile, perUnit, report, timeRuns } from './support/stats.js';

const CONVERSATIONS = 50;
const TURNS = 1000;
const WARM_UP = 100;

/** Sends turns and times each until its reply reaches the connector. */
async function measure(url: string, connector: FakeBotConnector, turns: number, text: (i: number) => string): Promise<number[]> {
  const waiting = new Map<string, () => void>();
  const stop = connector.onActivity((received) => {
    if (received.replyToId) waiting.get(received.replyToId)?.();
  });
  try {
    return await timeRuns(turns, CONVERSATIONS, async (i) => {
      const n = i % CONVERSATIONS;
      const user: TestUser = { id: `29:bench-${n}`, aadObjectId: `aad-bench-${n}`, name: `Bench ${n}` };
      const activity = personalMessage({ serviceUrl: connector.url, user, text: text(i) });
      const replied = new Promise<void>((resolve) => waiting.set(activity.id as string, resolve));
      const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      if (response.status !== 200) throw new Error(`turn ${i}: HTTP ${response.status}`);
      await response.arrayBuffer();
      await replied;
      waiting.delete(activity.id as string);
    });
  } finally {
    stop();
  }
}

async function echoBot(): Promise<{ url: string; server: Server }> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppType: 'MultiTenant' }));
  const bot = new ActivityHandler().onMessage(async (context, next) => {
    await context.sendActivity(context.activity.text ?? '');
    await next();
  });
  const app = express();
  app.post('/api/messages', express.json(), (req, res) => adapter.process(req, res, (context) => bot.run(context)));
  const server = await listen(app, 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export async function run(): Promise<string[]> {
  const database = await openBenchDatabase();
  const connector = await startFakeBotConnector();
  try {
    const boussole = await startServerProcess({ platform: 'teams', mongoUri: database.uri, dbName: database.db.databaseName, dbKind: database.kind, locale: 'en' });
    const echo = await echoBot();
    try {
      await measure(echo.url, connector, WARM_UP, (i) => `echo ${i}`);
      await measure(boussole.url, connector, WARM_UP, () => 'help');
      const baseline = await measure(echo.url, connector, TURNS, (i) => `echo ${i}`);
      await boussole.watch();
      const cpuBefore = { server: processCpuMs(boussole.pid), database: database.serverPid ? processTreeCpuMs(database.serverPid) : Number.NaN };
      // `status` reads the plan: a command with a database round trip or more, like most turns.
      const ours = await measure(boussole.url, connector, TURNS, (i) => (i % 2 ? 'status' : 'help'));
      const cpu = { server: processCpuMs(boussole.pid) - cpuBefore.server, database: database.serverPid ? processTreeCpuMs(database.serverPid) - cpuBefore.database : Number.NaN };
      const { delay, commands, memory } = await boussole.figures();
      const p = (sample: number[], q: number) => percentile(sample, q);
      return [
        report({
          name: `teams turn via /api/messages (${CONVERSATIONS} concurrent conversations, ${database.kind} db)`,
          figures: `p50=${fmt(p(ours, 50), 'ms')} p99=${fmt(p(ours, 99), 'ms')}`,
          baseline: `echo p50=${fmt(p(baseline, 50), 'ms')} p99=${fmt(p(baseline, 99), 'ms')}`,
          ratio: p(ours, 99) / p(baseline, 99),
        }),
        // Not ratios to a baseline: what the targets (RSS ≤ 150 MB) are read against, and where a turn's time goes.
        `bench teams event-loop delay in Boussole's server during its run: p50=${fmt(delay.p50, 'ms')} p99=${fmt(delay.p99, 'ms')} max=${fmt(delay.max, 'ms')}`,
        `bench teams memory: server rss=${fmt(memory.rss, ' MB')} peak=${fmt(memory.peak, ' MB')} live heap=${fmt(memory.heapUsed, ' MB')} of ${fmt(memory.heapTotal, ' MB')} (Boussole's server process alone, compiled JavaScript as npm start runs it)`,
      `bench teams memory by kind, MB: ${formatBreakdown(memory.breakdown)}`,
        `bench teams database commands per turn, counted by the driver: ${perUnit(commands, TURNS)}`,
        `bench teams cpu per turn: server=${fmt(cpu.server / TURNS, 'ms')} database=${fmt(cpu.database / TURNS, 'ms')} (${database.kind} database's own process${database.serverPid ? '' : ': not measured'})`,
      ];
    } finally {
      await boussole.stop();
      await closeServer(echo.server);
    }
  } finally {
    await connector.close();
    await database.close();
  }
}
