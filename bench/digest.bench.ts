// Digest build time for a large tenant (50,000 comments, 10,000 feed items), against the raw
// aggregation over the same data (one $group per collection) as baseline, in the same run.
import { pino } from 'pino';
import { createFeatureServices } from '../src/app/feature-services.js';
import type { Notifier } from '../src/core/ports/notifier.js';
import { createRepositories, listRepositories } from '../src/app/repositories.js';
import { ensureIndexes } from '../src/store/repository.js';
import { makeTenantId } from '../src/core/tenant-id.js';
import { openBenchDatabase } from './support/database.js';
import { processTreeCpuMs } from './support/process-figures.js';
import { fmt, percentile, report, timeRuns } from './support/stats.js';

const COMMENTS = Number(process.env.BENCH_COMMENTS ?? 50_000);
const ITEMS = Number(process.env.BENCH_FEED_ITEMS ?? 10_000);
const T = makeTenantId('slack', 'BIG');
const DAY = 86_400_000;
const RUNS = 5;

export async function run(): Promise<string[]> {
  const database = await openBenchDatabase();
  try {
    const repositories = createRepositories(database.db);
    await ensureIndexes(listRepositories(repositories));
    const now = new Date();
    const stamp = now.toISOString();
    await repositories.tenants.insert({
      _id: T, tenantId: T, platform: 'slack', externalId: 'BIG', locale: 'fr', timeZone: 'America/Toronto', owners: ['U1'],
      channels: { digest: 'C1' }, reminders: { leadMinutes: [1440, 60], followUp: false }, digest: { weekday: 1, hour: 9 }, createdAt: stamp, updatedAt: stamp,
    });
    // A year of comments (about a thousand a week) and of feed items.
    const comments = Array.from({ length: COMMENTS }, (_, i) => {
      const receivedAt = new Date(now.getTime() - ((i * 365 * DAY) / COMMENTS));
      const answered = i % 10 !== 0;
      return {
        _id: `${T}|c${i}`, tenantId: T, ref: `c${i}`, platform: 'facebook', author: `a${i}`, text: 'Bonjour', kind: ['angry', 'question', 'satisfied'][i % 3],
        receivedAt, dueAt: new Date(receivedAt.getTime() + 4 * 3_600_000), escalateAt: new Date(receivedAt.getTime() + 8 * 3_600_000), delayHours: 4,
        status: answered ? 'answered' : 'open',
        ...(answered ? { answeredAt: new Date(receivedAt.getTime() + (i % 300) * 60_000), responseMinutes: i % 300 } : {}),
      };
    });
    for (let i = 0; i < comments.length; i += 2000) await database.db.collection('comments').insertMany(comments.slice(i, i + 2000) as never[]);
    const items = Array.from({ length: ITEMS }, (_, i) => ({
      _id: `${T}|f${i}`, tenantId: T, feedUrl: `https://feed${i % 20}.example/rss`, title: `Item ${i}`, link: `https://x.example/${i}`,
      seenAt: new Date(now.getTime() - ((i * 365 * DAY) / ITEMS)), matched: i % 4 === 0,
      matches: i % 4 === 0 ? [{ kind: ['keyword', 'competitor', 'influencer'][i % 3], term: `term${i % 7}` }] : [],
    }));
    for (let i = 0; i < items.length; i += 2000) await database.db.collection('feed_items').insertMany(items.slice(i, i + 2000) as never[]);

    const services = createFeatureServices({ repositories, notifier: {} as Notifier, log: pino({ level: 'silent' }), scheduler: () => undefined });
    const tenant = (await repositories.tenants.findOne(T, { _id: T }))!;
    const raw = async () => {
      await database.db.collection('comments').aggregate([{ $match: { tenantId: T } }, { $group: { _id: '$status', n: { $sum: 1 } } }]).toArray();
      await database.db.collection('feed_items').aggregate([{ $match: { tenantId: T, matched: true } }, { $group: { _id: '$feedUrl', n: { $sum: 1 } } }]).toArray();
    };
    await raw();
    await services.digest.build(tenant, now); // warm-up
    // Interleaved, so that a change in the machine's load (it is shared) weighs on both alike; the
    // embedded database's CPU time is summed for each, the part of the cost that is its own.
    const baseline: number[] = [];
    const build: number[] = [];
    const cpu = { raw: 0, build: 0 };
    const databaseCpu = () => (database.serverPid ? processTreeCpuMs(database.serverPid) : Number.NaN);
    for (let i = 0; i < RUNS; i++) {
      let before = databaseCpu();
      baseline.push(...(await timeRuns(1, 1, raw)));
      cpu.raw += databaseCpu() - before;
      before = databaseCpu();
      build.push(...(await timeRuns(1, 1, async () => void (await services.digest.build(tenant, now)))));
      cpu.build += databaseCpu() - before;
    }
    const p50 = (s: number[]) => percentile(s, 50);
    return [
      report({
        name: `digest.build ${COMMENTS} comments + ${ITEMS} feed items (${database.kind})`,
        figures: `p50=${fmt(p50(build), 'ms')} max=${fmt(Math.max(...build), 'ms')}`,
        baseline: `raw $group over both collections p50=${fmt(p50(baseline), 'ms')}`,
        ratio: p50(build) / p50(baseline),
      }),
      `bench digest database cpu per run: build=${fmt(cpu.build / RUNS, 'ms')} raw=${fmt(cpu.raw / RUNS, 'ms')} (${database.kind} database's own process${database.serverPid ? '' : ': not measured'})`,
    ];
  } finally {
    await database.close();
  }
}
