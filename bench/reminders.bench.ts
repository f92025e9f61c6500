// 10,000 calendar reminders falling due within one minute, delivered by two scheduler instances
// (each with its own connection, as two processes), against the same posts made by a plain loop
// through the idempotent notifier (baseline: the work with no scheduling at all). The ratio
// compares the time to deliver all with the best any scheduler could do: post each reminder as it
// falls due, at the plain loop's rate — max(window, baseline).
import { MongoClient } from 'mongodb';
import { pino } from 'pino';
import type { Agenda } from 'agenda';
import type { Notifier, NotifyOutcome } from '../src/core/ports/notifier.js';
import { createFeatureServices } from '../src/app/feature-services.js';
import { CALENDAR_REMINDERS_JOB, calendarRemindersJob } from '../src/jobs/calendar-reminders.js';
import { createScheduler, defineJobs } from '../src/jobs/scheduler.js';
import { IdempotentNotifier } from '../src/notify/idempotent-notifier.js';
import { clientOptionsFor } from '../src/store/client-options.js';
import { createRepositories, listRepositories } from '../src/app/repositories.js';
import { ensureIndexes } from '../src/store/repository.js';
import { makeTenantId } from '../src/core/tenant-id.js';
import { openBenchDatabase } from './support/database.js';
import { fmt, report } from './support/stats.js';

const N = Number(process.env.BENCH_REMINDERS ?? 10_000);
const WINDOW_MS = Number(process.env.BENCH_REMINDER_WINDOW_S ?? 60) * 1000;
const log = pino({ level: 'silent' });
const T = makeTenantId('slack', 'BENCH');

class Counting implements Notifier {
  readonly counts = new Map<string, number>();
  last = 0;
  async post(_target: unknown, _message: unknown, key: string): Promise<NotifyOutcome> {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.last = Date.now();
    return { ok: true, duplicate: false };
  }
}

export async function run(): Promise<string[]> {
  const database = await openBenchDatabase();
  const clients: MongoClient[] = [];
  const agendas: Agenda[] = [];
  try {
    const repositories = createRepositories(database.db);
    await ensureIndexes(listRepositories(repositories));
    const now = new Date().toISOString();
    await repositories.tenants.insert({
      _id: T, tenantId: T, platform: 'slack', externalId: 'BENCH', locale: 'en', timeZone: 'America/Toronto', owners: [],
      channels: { reminders: 'C1' }, reminders: { leadMinutes: [60], followUp: false }, digest: { weekday: 1, hour: 9 }, createdAt: now, updatedAt: now,
    });

    // Baseline: N idempotent posts in a plain loop (8 at a time), no scheduler.
    const baselineSink = new Counting();
    const baselineNotifier = new IdempotentNotifier(baselineSink, repositories.notificationKeys);
    const baselineStart = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: 8 }, async () => {
      while (next < N) {
        const i = next++;
        await baselineNotifier.post({ kind: 'channel', tenantId: T, channelId: 'C1' }, [{ kind: 'text', text: 'x' }], `baseline:${i}`);
      }
    }));
    const baselineMs = performance.now() - baselineStart;
    if (process.env.BENCH_DEBUG) console.error('baseline', baselineMs);

    // N entries whose 1-hour reminders fall due over WINDOW_MS, starting a few seconds from now.
    const firstDue = Date.now() + 8_000;
    const docs = Array.from({ length: N }, (_, i) => {
      const dueAt = new Date(firstDue + Math.floor((i * WINDOW_MS) / N));
      const created = new Date();
      return {
        _id: `${T}|b${i}`, tenantId: T, ref: `b${i}`, kind: 'post' as const, at: new Date(dueAt.getTime() + 3_600_000), topic: `Post ${i}`,
        source: 'command' as const, status: 'scheduled' as const, revision: 0, scheduleId: 's0', reminders: [{ key: 'before-60', dueAt }],
        createdAt: created, updatedAt: created,
      };
    });
    // What CalendarService.add does per entry (queue the wake-ups, then save), a thousand at a time.
    for (let i = 0; i < docs.length; i += 1000) {
      const slice = docs.slice(i, i + 1000);
      await repositories.calendar.queue.enqueueAll(slice.map((d) => ({ tenantId: T, entryId: d._id, scheduleId: d.scheduleId, key: 'before-60', dueAt: d.reminders[0]!.dueAt })), new Date());
      await database.db.collection('calendar_entries').insertMany(slice as never[]);
    }

    const sink = new Counting();
    for (const name of ['bench-a', 'bench-b']) {
      const client = new MongoClient(database.uri, clientOptionsFor(database.kind));
      clients.push(client);
      const repos = createRepositories(client.db(database.db.databaseName));
      const deps = { repositories: repos, notifier: new IdempotentNotifier(sink, repos.notificationKeys, { holder: name }), log, scheduler: () => undefined };
      const agenda = createScheduler(client.db(database.db.databaseName), log, { processEvery: 200, name });
      defineJobs(agenda, [calendarRemindersJob({ reminders: createFeatureServices(deps).reminders, log })]);
      await agenda.start();
      await agenda.every(500, CALENDAR_REMINDERS_JOB);
      agendas.push(agenda);
    }
    const deadline = firstDue + WINDOW_MS + 300_000;
    while (sink.counts.size < N && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (process.env.BENCH_DEBUG) console.error('delivered', sink.counts.size);
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000)); // let a late duplicate show
    const lastDue = firstDue + WINDOW_MS;
    const deliverMs = sink.last - firstDue;
    const duplicates = [...sink.counts.values()].reduce((sum, n) => sum + (n - 1), 0);
    // Not delivered when the wait ended (5 minutes after the last due time): late, or lost — a
    // run that ends with this above 0 says nothing about losses until it is run for longer.
    const undelivered = N - sink.counts.size;
    return [
      report({
        name: `scheduler.reminders ${N} due within ${WINDOW_MS / 1000}s, 2 instances (${database.kind})`,
        figures: `${undelivered === 0 ? 'deliver-all' : 'last-delivery'}=${fmt(deliverMs / 1000, 's')} (after last due ${fmt(Math.max(0, sink.last - lastDue) / 1000, 's')}) duplicates=${duplicates} ${undelivered === 0 ? 'losses=0' : `undelivered-at-deadline=${undelivered} (delivered ${sink.counts.size})`}`,
        baseline: `plain idempotent posts=${fmt(baselineMs / 1000, 's')} (best possible: max(window, baseline)=${fmt(Math.max(WINDOW_MS, baselineMs) / 1000, 's')})`,
        ratio: deliverMs / Math.max(WINDOW_MS, baselineMs),
      }),
    ];
  } finally {
    await Promise.all(agendas.map((a) => a.stop().catch(() => {})));
    await Promise.all(clients.map((c) => c.close().catch(() => {})));
    await database.close();
  }
}
