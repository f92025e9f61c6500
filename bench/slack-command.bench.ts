// `/boussole help` from 50 concurrent users (100 commands/s) through Boussole's Slack endpoint (real Bolt
// receiver, signed requests, real engine and database, fake Web API on 127.0.0.1), against a bare
// Bolt app in the same run, each in a process of its own with the same node flags:
// acknowledgement latency (HTTP round trip of the command) and the time until the answer reaches
// response_url. Baselines: a bare Bolt app that only acks (for the ack), and one that acks then
// responds with a fixed text (for the answer).
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { startFakeSlackApi, type FakeSlackApi } from '../test/support/fake-slack-api.js';
import { commandBody, sign, SIGNING_SECRET } from '../test/support/slack-requests.js';
import { openBenchDatabase } from './support/database.js';
import { formatBreakdown, processCpuMs, processTreeCpuMs } from './support/process-figures.js';
import { startBareBoltProcess, startServerProcess } from './support/server-process.js';
import { fmt, percentile, perUnit, report } from './support/stats.js';

const USERS = 50;
const COMMANDS = 500;
/** Each user sends one command every PACE_MS: 50 users -> 100 commands per second. */
const PACE_MS = 500;

interface Sample {
  ack: number[];
  answer: number[];
}

/**
 * Open-loop load, the same for every app measured: each of the 50 users sends a command every
 * PACE_MS (staggered), whether or not the previous answer has arrived, so an app's latency does
 * not change the load it is measured under.
 */
async function drive(url: string, api: FakeSlackApi, label: string, count: number, expectAnswer = true): Promise<Sample> {
  const arrived = new Map<string, () => void>();
  api.onResponse((post) => arrived.get(post.id)?.());
  const ack: number[] = [];
  const answer: number[] = [];
  const one = async (i: number) => {
    const u = i % USERS;
    const id = `${label}-${i}`;
    const answered = new Promise<void>((resolve) => arrived.set(id, resolve));
    const signed = sign(commandBody('help', { user: `U${u}`, channel: `DU${u}`, responseUrl: api.responseUrl(id), triggerId: randomUUID() }), 'application/x-www-form-urlencoded');
    const started = performance.now();
    const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: signed.headers, body: signed.body });
    await res.arrayBuffer();
    ack.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
    if (expectAnswer) {
      await answered;
      answer.push(performance.now() - started);
    }
    arrived.delete(id);
  };
  const runs: Array<Promise<void>> = [];
  for (let i = 0; i < count; i++) {
    const at = (i % USERS) * (PACE_MS / USERS) + Math.floor(i / USERS) * PACE_MS;
    runs.push(sleep(at).then(() => one(i)));
  }
  await Promise.all(runs);
  return { ack, answer };
}

export async function run(): Promise<string[]> {
  const database = await openBenchDatabase();
  const api = await startFakeSlackApi();
  const boussole = await startServerProcess({
    platform: 'slack',
    mongoUri: database.uri,
    dbName: database.db.databaseName,
    dbKind: database.kind,
    locale: 'en',
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-bench', apiUrl: api.apiUrl },
  });
  const ackOnly = await startBareBoltProcess({ signingSecret: SIGNING_SECRET, apiUrl: api.apiUrl, respond: false });
  const ackRespond = await startBareBoltProcess({ signingSecret: SIGNING_SECRET, apiUrl: api.apiUrl, respond: true });
  try {
    // Warm-up: connections, caches (users.info, DM channels), JIT.
    await drive(boussole.url, api, 'warm-b', 100);
    await drive(ackRespond.url, api, 'warm-r', 100);
    await drive(ackOnly.url, api, 'warm-a', 100, false);
    const bare = await drive(ackOnly.url, api, 'bare', COMMANDS, false);
    await boussole.watch();
    const cpuBefore = { server: processCpuMs(boussole.pid), database: database.serverPid ? processTreeCpuMs(database.serverPid) : Number.NaN };
    const ours = await drive(boussole.url, api, 'boussole', COMMANDS);
    const cpu = { server: processCpuMs(boussole.pid) - cpuBefore.server, database: database.serverPid ? processTreeCpuMs(database.serverPid) - cpuBefore.database : Number.NaN };
    const { delay, commands, memory, turns } = await boussole.figures();
    const bareBefore = processCpuMs(ackRespond.pid);
    const bareAnswer = await drive(ackRespond.url, api, 'bare-respond', COMMANDS);
    const bareCpu = processCpuMs(ackRespond.pid) - bareBefore;
    const bareAck = bare.ack;
    const p = (s: number[], q: number) => percentile(s, q);
    return [
      report({
        name: `slack /boussole ack (${USERS} users, ${(USERS * 1000) / PACE_MS}/s, ${COMMANDS} commands, ${database.kind} db)`,
        figures: `p50=${fmt(p(ours.ack, 50), 'ms')} p99=${fmt(p(ours.ack, 99), 'ms')}`,
        baseline: `bare-bolt-ack p50=${fmt(p(bareAck, 50), 'ms')} p99=${fmt(p(bareAck, 99), 'ms')}`,
        ratio: p(ours.ack, 99) / p(bareAck, 99),
      }),
      report({
        name: `slack /boussole answer at response_url (${USERS} users, real engine)`,
        figures: `p50=${fmt(p(ours.answer, 50), 'ms')} p99=${fmt(p(ours.answer, 99), 'ms')}`,
        baseline: `bare-bolt-ack+respond p50=${fmt(p(bareAnswer.answer, 50), 'ms')} p99=${fmt(p(bareAnswer.answer, 99), 'ms')}`,
        ratio: p(ours.answer, 99) / p(bareAnswer.answer, 99),
      }),
      // Not ratios to a baseline: what the targets (p99 delay, RSS ≤ 150 MB) are read against, and where a turn's time goes.
      `bench slack event-loop delay in Boussole's server during its run (turns ≤ ${turns} at once): p50=${fmt(delay.p50, 'ms')} p99=${fmt(delay.p99, 'ms')} max=${fmt(delay.max, 'ms')}`,
      `bench slack memory: server rss=${fmt(memory.rss, ' MB')} peak=${fmt(memory.peak, ' MB')} live heap=${fmt(memory.heapUsed, ' MB')} of ${fmt(memory.heapTotal, ' MB')} (Boussole's server process alone, compiled JavaScript as npm start runs it)`,
      `bench slack memory by kind, MB: ${formatBreakdown(memory.breakdown)}`,
      `bench slack database commands per command, counted by the driver: ${perUnit(commands, COMMANDS)}`,
      `bench slack cpu per command: server=${fmt(cpu.server / COMMANDS, 'ms')} database=${fmt(cpu.database / COMMANDS, 'ms')} (${database.kind} database's own process${database.serverPid ? '' : ': not measured'}); the bare Bolt app that acks and responds: ${fmt(bareCpu / COMMANDS, 'ms')} (its own process)`,
    ];
  } finally {
    await boussole.stop();
    await ackOnly.stop();
    await ackRespond.stop();
    await api.close();
    await database.close();
  }
}
