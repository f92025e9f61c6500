import type { Agenda } from 'agenda';
import { DateTime } from 'luxon';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CalendarService } from '../../src/calendar/calendar-service.js';
import { ReminderDispatcher } from '../../src/calendar/reminder-dispatcher.js';
import { parseDateTime } from '../../src/core/dialogue/parse/date-time.js';
import { createFeatureServices } from '../../src/app/feature-services.js';
import { CALENDAR_REMINDERS_JOB, calendarRemindersJob } from '../../src/jobs/calendar-reminders.js';
import { createScheduler, defineJobs } from '../../src/jobs/scheduler.js';
import { IdempotentNotifier } from '../../src/notify/idempotent-notifier.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, silentLog, tenantDoc, waitUntil } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const zone = 'America/Toronto';
let repositories: Repositories;

beforeAll(async () => {
  repositories = await featureRepositories(db);
});

describe('calendar reminders', () => {
  const agendas: Agenda[] = [];
  afterEach(async () => {
    await Promise.all(agendas.splice(0).map((a) => a.stop().catch(() => {})));
  });

  it('computes reminder instants in the tenant zone: 24 real hours and 1 hour before, across a DST change', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:TZ1')));
    const now = DateTime.fromISO('2026-03-07T10:00', { zone }).toJSDate(); // Saturday, EST
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => now);
    const when = parseDateTime('demain 14h', { locale: 'fr', timeZone: zone, now });
    if (!when.ok) throw new Error('date not read');
    const entry = await calendar.add(asTenant('slack:TZ1'), { at: new Date(when.value), topic: 'Lancement', platform: 'linkedin' });
    // Sunday 8 March 14:00 EDT = 18:00Z; the day before the clocks changed, so 24 h before is 13:00 EST.
    expect(entry.at.toISOString()).toBe('2026-03-08T18:00:00.000Z');
    expect(entry.reminders.map((r) => [r.key, r.dueAt.toISOString()])).toEqual([
      ['before-1440', '2026-03-07T18:00:00.000Z'],
      ['before-60', '2026-03-08T17:00:00.000Z'],
    ]);
    // Each reminder is queued as a wake-up of the reminder job.
    const queued = await repositories.calendar.queue.pendingFor(asTenant('slack:TZ1'), entry._id);
    expect(queued.map((w) => [w.key, w.dueAt.toISOString(), w.scheduleId]).sort()).toEqual([
      ['before-1440', '2026-03-07T18:00:00.000Z', entry.scheduleId],
      ['before-60', '2026-03-08T17:00:00.000Z', entry.scheduleId],
    ]);
  });

  it('a real Agenda posts the reminder at its instant, to the reminders channel and to the owner', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:TZ2'), { reminders: { leadMinutes: [1], followUp: false }, locale: 'en' }));
    const notifier = new RecordingNotifier();
    const services = createFeatureServices({
      repositories,
      notifier: new IdempotentNotifier(notifier, repositories.notificationKeys),
      log: silentLog,
      scheduler: () => undefined,
    });
    const at = new Date(Date.now() + 62_000);
    const entry = await services.calendar.add(asTenant('slack:TZ2'), { at, topic: 'Annual report', platform: 'linkedin', owner: { id: 'U-ann', name: 'Ann' } });
    const dueAt = entry.reminders[0]!.dueAt.getTime();

    const agenda = createScheduler(db, silentLog, { processEvery: 100 });
    agendas.push(agenda);
    defineJobs(agenda, [calendarRemindersJob({ reminders: services.reminders, log: silentLog })]);
    await agenda.start();
    await agenda.every(250, CALENDAR_REMINDERS_JOB);

    await waitUntil(() => notifier.posts.length >= 2, 15_000, 'reminder posts');
    for (const post of notifier.posts) {
      expect(post.at).toBeGreaterThanOrEqual(dueAt);
      expect(post.at).toBeLessThan(dueAt + 1_500);
    }
    expect(notifier.posts.map((p) => p.target).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'channel', tenantId: asTenant('slack:TZ2'), channelId: 'C-rem' },
      { kind: 'user', tenantId: asTenant('slack:TZ2'), userId: 'U-ann' },
    ]);
    expect(notifier.texts()[0]).toContain('Annual report');
    expect(notifier.texts()[0]).toContain('in 1 min');
    // The wake-up leaves the queue once handled: nothing is left to send for this entry.
    await waitUntil(async () => (await repositories.calendar.queue.pendingFor(asTenant('slack:TZ2'), entry._id)).length === 0, 5_000, 'queue emptied');
  });

  it('changing an entry moves its reminders; cancelling removes them', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:TZ3'), { reminders: { leadMinutes: [60], followUp: false } }));
    let clock = new Date('2026-05-01T12:00:00Z');
    const notifier = new RecordingNotifier();
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => clock);
    const dispatcher = new ReminderDispatcher(repositories.calendar, repositories.tenants, notifier, silentLog, { clock: () => clock });
    const moved = await calendar.add(asTenant('slack:TZ3'), { at: new Date('2026-05-01T14:00:00Z'), topic: 'Moved post' });
    const cancelled = await calendar.add(asTenant('slack:TZ3'), { at: new Date('2026-05-01T14:00:00Z'), topic: 'Cancelled post' });

    const change = await calendar.change(asTenant('slack:TZ3'), moved.ref, { at: new Date('2026-05-01T15:00:00Z') });
    expect(change.ok && change.entry.reminders.map((r) => r.dueAt.toISOString())).toEqual(['2026-05-01T14:00:00.000Z']);
    expect((await calendar.cancel(asTenant('slack:TZ3'), cancelled.ref)).ok).toBe(true);
    const gone = await repositories.calendar.findOne(asTenant('slack:TZ3'), { _id: cancelled._id });
    expect(gone).toMatchObject({ status: 'cancelled', reminders: [] });

    clock = new Date('2026-05-01T13:00:30Z'); // the old reminder time of both entries
    // Both wake-ups of that time belong to schedules that no longer stand: dropped, not posted.
    expect(await dispatcher.run()).toMatchObject({ reminders: 2, dropped: 2, sent: 0 });
    expect(notifier.posts).toHaveLength(0);

    clock = new Date('2026-05-01T14:00:30Z'); // the moved entry's new reminder time
    await dispatcher.run();
    await dispatcher.run();
    expect(notifier.texts()).toHaveLength(1);
    expect(notifier.texts()[0]).toContain('Moved post');
    expect(change.ok && notifier.posts[0]!.key).toBe(`cal:${moved._id}:${change.ok ? change.entry.scheduleId : ''}:before-60:c:C-rem`);
    expect(await repositories.calendar.queue.pendingFor(asTenant('slack:TZ3'), moved._id)).toEqual([]);
  });

  it('the follow-up after publication asks to promote the post and record its numbers', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:TZ4'), { reminders: { leadMinutes: [60], followUp: true }, locale: 'en' }));
    let clock = new Date('2026-05-01T12:00:00Z');
    const notifier = new RecordingNotifier();
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => clock);
    const dispatcher = new ReminderDispatcher(repositories.calendar, repositories.tenants, notifier, silentLog, { clock: () => clock });
    const entry = await calendar.add(asTenant('slack:TZ4'), { at: new Date('2026-05-01T14:00:00Z'), topic: 'Launch video' });
    clock = new Date('2026-05-01T14:05:00Z');
    expect((await calendar.markPublished(asTenant('slack:TZ4'), entry.ref)).ok).toBe(true);
    clock = new Date('2026-05-02T14:00:30Z');
    await dispatcher.run();
    expect(notifier.texts()).toEqual([expect.stringContaining('Follow-up')]);
    expect(notifier.texts()[0]).toContain('kpi add');
  });

  it('a failing platform for one tenant does not block another tenant, and is retried later', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:TZ5'), { reminders: { leadMinutes: [60], followUp: false } }));
    await repositories.tenants.insert(tenantDoc(asTenant('teams:TZ6'), { reminders: { leadMinutes: [60], followUp: false } }));
    let clock = new Date('2026-06-01T12:00:00Z');
    const notifier = new RecordingNotifier();
    notifier.fail = (target) => (target.tenantId === asTenant('slack:TZ5') ? 'throw' : undefined);
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => clock);
    const dispatcher = new ReminderDispatcher(repositories.calendar, repositories.tenants, notifier, silentLog, { clock: () => clock });
    const broken = await calendar.add(asTenant('slack:TZ5'), { at: new Date('2026-06-01T14:00:00Z'), topic: 'Broken' });
    await calendar.add(asTenant('teams:TZ6'), { at: new Date('2026-06-01T14:00:00Z'), topic: 'Healthy' });
    clock = new Date('2026-06-01T13:00:10Z');
    const report = await dispatcher.run();
    expect(notifier.texts()).toEqual([expect.stringContaining('Healthy')]);
    expect(report.retrying).toBe(1);
    // The retry is a new wake-up, later, that counts the failed attempt.
    const pending = await repositories.calendar.queue.pendingFor(asTenant('slack:TZ5'), broken._id);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ key: 'before-60', attempt: 1 });
    expect(pending[0]!.dueAt.getTime()).toBeGreaterThan(clock.getTime());

    notifier.fail = undefined;
    clock = new Date('2026-06-01T13:02:00Z');
    await dispatcher.run();
    expect(notifier.texts()).toEqual([expect.stringContaining('Healthy'), expect.stringContaining('Broken')]);
  });
});
