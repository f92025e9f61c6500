// Dialogue turns per second through the server's engine with persistence, and database round
// trips per turn, against the database's own cost of a turn measured in the same run: the plan
// document as the turns left it, read and updated with the raw driver at the same concurrency.
import { MongoClient } from 'mongodb';
import { composeBoussole } from '../src/app/compose.js';
import type { InboundEvent } from '../src/core/events.js';
import { createLogger } from '../src/log/logger.js';
import { clientOptionsFor } from '../src/store/client-options.js';
import { openBenchDatabase } from './support/database.js';
import { countCommands } from '../src/store/command-count.js';
import { fmt, percentile, report, timeRuns } from './support/stats.js';

const AUDIENCE = ['ajouter', 'Journalistes', 'Faire connaître nos travaux', 'Experts disponibles', 'Science', 'Réponses rapides'];

export async function run(): Promise<string[]> {
  const database = await openBenchDatabase();
  // A client of our own that counts the commands it sends.
  const client = new MongoClient(database.uri, { ...clientOptionsFor(database.kind), monitorCommands: true });
  const counter = countCommands(client);
  try {
    const db = client.db(database.db.databaseName);
    const boussole = composeBoussole({ db, defaults: { locale: 'fr', timeZone: 'America/Toronto' }, log: createLogger({ level: 'silent', format: 'json' }), scheduler: () => undefined });
    await boussole.ensureIndexes();
    const engine = boussole.engine;
    const users = 10;
    const say = (user: number, text: string) => {
      const event: InboundEvent = {
        tenant: { platform: 'console', id: 'bench' },
        user: { id: `u${user}`, name: `User ${user}`, isAdmin: true },
        conversation: { id: `c${user}`, kind: 'direct' },
        input: { kind: 'message', text },
      };
      return engine.handle(event);
    };
    // Each user works in step 2, adding audiences: a real answer with persistence at every turn.
    for (let u = 0; u < users; u++) {
      await say(u, 'étape 2');
      for (const line of AUDIENCE.slice(1)) await say(u, line);
    }
    const turnsPerUser = 60;
    counter.reset();
    const started = performance.now();
    const times = await timeRuns(users * turnsPerUser, users, async (i) => {
      const user = i % users;
      await say(user, AUDIENCE[Math.floor(i / users) % AUDIENCE.length]!);
    });
    const elapsed = (performance.now() - started) / 1000;
    const turns = users * turnsPerUser;
    const perTurn = counter.total() / turns;

    const raw = database.db.collection<{ _id: string; tenantId: string; n: number }>('raw');
    const rawOp = (i: number) => raw.findOneAndUpdate({ _id: `k${i % 10}`, tenantId: 'bench' }, { $inc: { n: 1 } }, { upsert: true, returnDocument: 'after' }).then(() => undefined);
    const rawTimes = await timeRuns(500, 1, rawOp);
    // The embedded server's own cost of a turn: its two round trips (read the plan, update one
    // answer) on a copy of the plan as the turns left it, at the same concurrency, no Boussole code.
    const plan = (await db.collection('plans').findOne({}))!;
    const copy = database.db.collection('raw_plan');
    await copy.insertOne({ ...plan, _id: 'copy' as never });
    const serverTimes = await timeRuns(users * turnsPerUser, users, async (i) => {
      await copy.findOne({ _id: 'copy' as never });
      await copy.findOneAndUpdate({ _id: 'copy' as never }, { $set: { [`steps.2.answers.k${i % 10}`]: ['x'] }, $inc: { version: 1 } }, { returnDocument: 'before' });
    });
    const turnP99 = percentile(times, 99);
    const serverP99 = percentile(serverTimes, 99);
    return [
      report({
        name: `dialogue turns (${database.kind}, ${users} users)`,
        figures: `${fmt(turns / elapsed)} turns/s p50=${fmt(percentile(times, 50), 'ms')} p99=${fmt(turnP99, 'ms')} db-round-trips/turn=${fmt(perTurn)}`,
        baseline: `the same plan read and updated raw, ${users} at once p50=${fmt(percentile(serverTimes, 50), 'ms')} p99=${fmt(serverP99, 'ms')}`,
        // The target: a turn's p99 within 3× the database's own cost of it.
        ratio: turnP99 / serverP99,
      }),
      `  round trips per turn by kind: ${counter.byKind(turns)}`,
      `  the plan at the end: ${fmt(JSON.stringify(plan).length / 1024)} KB (cursors ${fmt(JSON.stringify(plan.cursors ?? {}).length / 1024)} KB, journal ${fmt(JSON.stringify(plan.journal ?? []).length / 1024)} KB); one raw findOneAndUpdate of a small document, alone: p50=${fmt(percentile(rawTimes, 50), 'ms')}`,
    ];
  } finally {
    await client.close();
    await database.close();
  }
}
