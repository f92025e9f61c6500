import type { Agenda } from 'agenda';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Notifier, NotifyOutcome } from '../../src/core/ports/notifier.js';
import { createFeatureServices, type FeatureDeps } from '../../src/app/feature-services.js';
import { CALENDAR_REMINDERS_JOB, calendarRemindersJob } from '../../src/jobs/calendar-reminders.js';
import { createScheduler, defineJobs } from '../../src/jobs/scheduler.js';
import { IdempotentNotifier } from '../../src/notify/idempotent-notifier.js';
import { clientOptionsFor } from '../../src/store/client-options.js';
import { createRepositories, type Repositories } from '../../src/app/repositories.js';
import { featureRepositories, silentLog, tenantDoc, waitUntil } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { asTenant } from '../support/tenant.js';

const { db, uri, kind, dbName } = useTestDatabase();
const clients: MongoClient[] = [];
const agendas: Agenda[] = [];
let repositories: Repositories;

beforeAll(async () => {
  repositories = await featureRepositories(db);
  await repositories.tenants.insert(tenantDoc(asTenant('slack:MP'), { reminders: { leadMinutes: [1], followUp: false } }));
});
afterEach(async () => {
  await Promise.all(agendas.splice(0).map((a) => a.stop().catch(() => {})));
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close().catch(() => {})));
});

/** A "process": its own MongoClient (own connection), repositories, idempotent notifier and Agenda. */
function startProcess(name: string, platform: Notifier, options: { lockLifetime?: number; leaseMs?: number } = {}) {
  const client = new MongoClient(uri, clientOptionsFor(kind));
  clients.push(client);
  const ownDb: Db = client.db(dbName);
  const repos = createRepositories(ownDb);
  const deps: FeatureDeps = {
    repositories: repos,
    notifier: new IdempotentNotifier(platform, repos.notificationKeys, { holder: name, leaseMs: options.leaseMs ?? 120_000 }),
    log: silentLog,
    scheduler: () => agenda,
    dispatcher: { retryBaseMs: 200, concurrency: 4 },
  };
  const agenda = createScheduler(ownDb, silentLog, { processEvery: 100, name });
  agendas.push(agenda);
  const job = calendarRemindersJob({ reminders: createFeatureServices(deps).reminders, log: silentLog });
  defineJobs(agenda, [{ ...job, options: { concurrency: 1, lockLifetime: options.lockLifetime ?? 60_000 } }]);
  return { agenda, repos, client };
}

async function seedDue(count: number, topic: string, dueWithinMs: number): Promise<string[]> {
  const calendar = createFeatureServices({ repositories, notifier: new RecordingNotifier(), log: silentLog, scheduler: () => undefined }).calendar;
  const refs: string[] = [];
  for (let i = 0; i < count; i++) {
    // Lead time 1 minute: the reminder falls due `60 s` before the entry, spread over the window.
    const entry = await calendar.add(asTenant('slack:MP'), { at: new Date(Date.now() + 60_000 + 300 + ((i * dueWithinMs) / count)), topic: `${topic} ${i}` });
    refs.push(entry._id);
  }
  return refs;
}

describe('several processes on one database', () => {
  it('two scheduler instances, each on its own connection: every reminder is posted exactly once', async () => {
    const platform = new RecordingNotifier();
    const ids = await seedDue(120, 'pair', 1_500);
    const a = startProcess('process-a', platform);
    const b = startProcess('process-b', platform);
    await Promise.all([a.agenda.start(), b.agenda.start()]);
    // Both processes register the recurring job at start, as each boot does.
    await a.agenda.every(150, CALENDAR_REMINDERS_JOB);
    await b.agenda.every(150, CALENDAR_REMINDERS_JOB);
    await waitUntil(() => new Set(platform.posts.map((p) => p.key)).size === ids.length, 30_000, 'all reminders delivered');
    await new Promise((resolve) => setTimeout(resolve, 800)); // time for a duplicate to show up, if any
    const counts = platform.counts();
    expect(counts.size).toBe(ids.length);
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    const entries = await repositories.calendar.findMany(asTenant('slack:MP'), { topic: /^pair/ });
    expect(entries).toHaveLength(ids.length);
    for (const entry of entries) expect(counts.has(`cal:${entry._id}:${entry.scheduleId}:before-1:c:C-rem`)).toBe(true);
  });

  it('a worker that dies mid-job loses nothing: its lock expires, another instance finishes, none twice', async () => {
    const platform = new RecordingNotifier();
    const ids = await seedDue(12, 'killed', 200);
    await new Promise((resolve) => setTimeout(resolve, 700)); // all due now

    // Process A posts three reminders, then its process "stops": the fourth post never returns.
    let delivered = 0;
    const dying: Notifier = {
      post: (target, message, key): Promise<NotifyOutcome> => (delivered++ < 3 ? platform.post(target, message, key) : new Promise<NotifyOutcome>(() => {})),
    };
    const a = startProcess('process-a', dying, { lockLifetime: 1_000, leaseMs: 1_500 });
    await a.agenda.start();
    await a.agenda.every(200, CALENDAR_REMINDERS_JOB);
    await waitUntil(() => platform.posts.length === 3, 10_000, 'process A started posting');
    expect(platform.posts).toHaveLength(3);
    // (Dying between the platform's acceptance and the "sent" mark is the one window that can
    // duplicate a post; see IdempotentNotifier. Here A dies while its fourth post is in flight.)
    const killed = await repositories.calendar.findMany(asTenant('slack:MP'), { topic: /^killed/ });
    const sentMarks = killed.map((entry) => `cal:${entry._id}:${entry.scheduleId}:before-1:c:C-rem#sent`);
    await waitUntil(async () => (await db.collection('notification_keys').countDocuments({ _id: { $in: sentMarks } as never })) === 3, 5_000, 'three sent marks');
    // The process dies: its connection goes away with it, its lock and its lease stay behind.
    await a.client.close(true);

    // Process B starts later and saves no job of its own: it runs A's recurring job once A's
    // lock has expired, and takes over the lease of the post A never finished.
    const lockedBy = await db.collection('agendaJobs').findOne({ name: CALENDAR_REMINDERS_JOB });
    expect(lockedBy?.lockedAt).toBeInstanceOf(Date);
    const b = startProcess('process-b', platform, { lockLifetime: 1_000 });
    await b.agenda.start();
    await waitUntil(() => new Set(platform.posts.map((p) => p.key)).size === ids.length, 30_000, 'no reminder lost');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect([...platform.counts().values()].every((n) => n === 1)).toBe(true);
    expect(platform.posts).toHaveLength(ids.length);
    await waitUntil(async () => (await repositories.calendar.queue.count(asTenant('slack:MP'), {})) === 0, 5_000, 'queue emptied');
  });
});
