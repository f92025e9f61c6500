// The database round trip every other benchmark is measured against: a driver ping (baseline)
// and the findOneAndUpdate upsert that each dialogue turn performs.
import { fmt, percentile, report, timeRuns } from './support/stats.js';
import { openBenchDatabase } from './support/database.js';

export async function run(): Promise<string[]> {
  const database = await openBenchDatabase();
  try {
    const col = database.db.collection<{ _id: string; tenantId: string; n: number }>('roundtrip');
    const runs = 2000;
    await timeRuns(100, 1, () => database.db.command({ ping: 1 }).then(() => {})); // warm-up
    const ping = await timeRuns(runs, 1, () => database.db.command({ ping: 1 }).then(() => {}));
    const upsert = await timeRuns(runs, 1, async (i) => {
      await col.findOneAndUpdate(
        { _id: `k${i % 50}`, tenantId: 'bench' },
        { $inc: { n: 1 }, $setOnInsert: { tenantId: 'bench' } },
        { upsert: true, returnDocument: 'after' },
      );
    });
    const p50 = (s: number[]) => percentile(s, 50);
    return [
      report({
        name: `db.findOneAndUpdate (${database.kind})`,
        figures: `p50=${fmt(p50(upsert), 'ms')} p99=${fmt(percentile(upsert, 99), 'ms')}`,
        baseline: `ping p50=${fmt(p50(ping), 'ms')} p99=${fmt(percentile(ping, 99), 'ms')}`,
        ratio: p50(upsert) / p50(ping),
      }),
    ];
  } finally {
    await database.close();
  }
}
