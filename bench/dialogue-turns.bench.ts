// Dialogue turns per second through the engine with persistence, and database round trips per
// turn, against one raw driver round trip (a findOneAndUpdate upsert) measured in the same run.
import { MongoClient } from 'mongodb';
import { buildEngine } from '../src/app/build-engine.js';
import type { InboundEvent } from '../src/core/events.js';
import { createLogger } from '../src/log/logger.js';
import { clientOptionsFor } from '../src/store/client-options.js';
import { ensureIndexes } from '../src/store/repository.js';
import { createRepositories, listRepositories } from '../src/app/repositories.js';
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
    const repositories = createRepositories(db);
    await ensureIndexes(listRepositories(repositories));
    const engine = buildEngine({ repositories, defaults: { locale: 'fr', timeZone: 'America/Toronto' }, log: createLogger({ level: 'silent', format: 'json' }) });
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
    const rawTimes = await timeRuns(500, 1, async (i) => {
      await raw.findOneAndUpdate({ _id: `k${i % 10}`, tenantId: 'bench' }, { $inc: { n: 1 } }, { upsert: true, returnDocument: 'after' });
    });
    const turnP50 = percentile(times, 50);
    const rawP50 = percentile(rawTimes, 50);
    return [
      report({
        name: `dialogue turns (${database.kind}, ${users} users)`,
        figures: `${fmt(turns / elapsed)} turns/s p50=${fmt(turnP50, 'ms')} p99=${fmt(percentile(times, 99), 'ms')} db-round-trips/turn=${fmt(perTurn)}`,
        baseline: `raw findOneAndUpdate p50=${fmt(rawP50, 'ms')}`,
        ratio: turnP50 / rawP50,
      }),
      `  round trips per turn by kind: ${counter.byKind(turns)}`,
    ];
  } finally {
    await client.close();
    await database.close();
  }
}
