import { beforeAll, describe, expect, it } from 'vitest';
import { CalendarService } from '../../src/calendar/calendar-service.js';
import { upgradeLegacyCalendar } from '../../src/calendar/legacy-upgrade.js';
import { ReminderDispatcher } from '../../src/calendar/reminder-dispatcher.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, silentLog, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
let repositories: Repositories;

beforeAll(async () => {
  repositories = await featureRepositories(db);
});

describe('the reminder queue: wake-ups checked against their entry', () => {
  it('a wake-up queued before its entry was saved waits for the save, then posts; one whose entry never came is dropped', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:Q1'), { reminders: { leadMinutes: [60], followUp: false }, locale: 'en' }));
    let clock = new Date('2026-07-01T12:00:00Z');
    const notifier = new RecordingNotifier();
    const dispatcher = new ReminderDispatcher(repositories.calendar, repositories.tenants, notifier, silentLog, { clock: () => clock });
    const queue = repositories.calendar.queue;
    const dueAt = new Date('2026-07-01T12:00:01Z');
    await queue.enqueue(asTenant('slack:Q1'), 'slack:Q1|late', 'sched-late', [{ key: 'before-60', dueAt }], clock);
    await queue.enqueue(asTenant('slack:Q1'), 'slack:Q1|ghost', 'sched-ghost', [{ key: 'before-60', dueAt }], clock);

    clock = new Date('2026-07-01T12:00:02Z');
    expect(await dispatcher.run()).toMatchObject({ reminders: 2, retrying: 2, sent: 0 });
    expect((await queue.pendingFor(asTenant('slack:Q1'), 'slack:Q1|late')).map((w) => w.attempt)).toEqual([1]);

    // The save lands (as CalendarService.add does right after queueing).
    const now = new Date('2026-07-01T12:00:00Z');
    await repositories.calendar.insert({
      _id: 'slack:Q1|late', tenantId: asTenant('slack:Q1'), ref: 'late', kind: 'post', at: new Date('2026-07-01T13:00:01Z'), topic: 'Saved late',
      source: 'command', status: 'scheduled', revision: 0, scheduleId: 'sched-late', reminders: [{ key: 'before-60', dueAt }], createdAt: now, updatedAt: now,
    });
    clock = new Date('2026-07-01T12:01:10Z');
    await dispatcher.run();
    expect(notifier.texts()).toEqual([expect.stringContaining('Saved late')]);

    clock = new Date('2026-07-01T12:06:00Z'); // past the grace for the ghost's own retries
    for (let i = 0; i < 3; i++) await dispatcher.run();
    expect(await queue.pendingFor(asTenant('slack:Q1'), 'slack:Q1|ghost')).toEqual([]);
    expect(notifier.posts).toHaveLength(1);
  });

  it('a wake-up never reaches another tenant’s entry, even with its id', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:Q2'), { reminders: { leadMinutes: [60], followUp: false } }));
    await repositories.tenants.insert(tenantDoc(asTenant('slack:Q3'), { reminders: { leadMinutes: [60], followUp: false } }));
    let clock = new Date('2026-07-02T12:00:00Z');
    const notifier = new RecordingNotifier();
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => clock);
    const entry = await calendar.add(asTenant('slack:Q2'), { at: new Date('2026-07-02T14:00:00Z'), topic: 'Q2 only' });
    await repositories.calendar.queue.enqueue(asTenant('slack:Q3'), entry._id, entry.scheduleId, [{ key: 'before-60', dueAt: new Date('2026-07-02T13:00:00Z') }], new Date('2026-07-02T11:00:00Z'));
    clock = new Date('2026-07-02T13:00:05Z');
    await new ReminderDispatcher(repositories.calendar, repositories.tenants, notifier, silentLog, { clock: () => clock }).run();
    expect(notifier.posts.map((p) => p.target.tenantId)).toEqual([asTenant('slack:Q2')]);
  });

  it('a damaged entry drops its own reminder and holds up no other', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:Q5'), { reminders: { leadMinutes: [60], followUp: false }, locale: 'en' }));
    let clock = new Date('2026-07-03T12:00:00Z');
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => clock);
    const good = await calendar.add(asTenant('slack:Q5'), { at: new Date('2026-07-03T14:00:00Z'), topic: 'Still fine' });
    const damaged = await calendar.add(asTenant('slack:Q5'), { at: new Date('2026-07-03T14:00:00Z'), topic: 'Damaged' });
    await db.collection('calendar_entries').updateOne({ _id: damaged._id } as never, { $set: { status: 'lost' } });
    clock = new Date('2026-07-03T13:00:05Z');
    const notifier = new RecordingNotifier();
    const report = await new ReminderDispatcher(repositories.calendar, repositories.tenants, notifier, silentLog, { clock: () => clock }).run();
    expect(report).toMatchObject({ reminders: 2, dropped: 1 });
    expect(notifier.texts()).toEqual([expect.stringContaining('Still fine')]);
    expect(await repositories.calendar.queue.pendingFor(asTenant('slack:Q5'), good._id)).toEqual([]);
    expect(await repositories.calendar.queue.pendingFor(asTenant('slack:Q5'), damaged._id)).toEqual([]);
  });

  it('a platform that keeps failing is retried with growing delays, then given up; the queue empties', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:Q6'), { reminders: { leadMinutes: [60], followUp: false } }));
    let clock = new Date('2026-07-04T12:00:00Z');
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => clock);
    const entry = await calendar.add(asTenant('slack:Q6'), { at: new Date('2026-07-04T14:00:00Z'), topic: 'Unlucky' });
    const notifier = new RecordingNotifier();
    notifier.fail = () => ({ ok: false, reason: 'unavailable', detail: 'down' });
    const dispatcher = new ReminderDispatcher(repositories.calendar, repositories.tenants, notifier, silentLog, { clock: () => clock, maxAttempts: 3, retryBaseMs: 60_000 });
    const pending = () => repositories.calendar.queue.pendingFor(asTenant('slack:Q6'), entry._id);

    clock = new Date('2026-07-04T13:00:01Z');
    expect(await dispatcher.run()).toMatchObject({ retrying: 1 });
    expect((await pending()).map((w) => [w.attempt, w.dueAt.toISOString()])).toEqual([[1, '2026-07-04T13:01:01.000Z']]);
    clock = new Date('2026-07-04T13:01:02Z');
    expect(await dispatcher.run()).toMatchObject({ retrying: 1 });
    expect((await pending()).map((w) => [w.attempt, w.dueAt.toISOString()])).toEqual([[2, '2026-07-04T13:03:02.000Z']]);
    clock = new Date('2026-07-04T13:03:03Z');
    expect(await dispatcher.run()).toMatchObject({ reminders: 1, retrying: 0, sent: 0 });
    expect(await pending()).toEqual([]);
  });

  it('an unreadable wake-up or tenant document is removed and reported, and the other reminders go out', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:Q7'), { reminders: { leadMinutes: [60], followUp: false }, locale: 'en' }));
    await repositories.tenants.insert(tenantDoc(asTenant('slack:Q8'), { reminders: { leadMinutes: [60], followUp: false }, locale: 'en' }));
    let clock = new Date('2026-07-05T12:00:00Z');
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => clock);
    await calendar.add(asTenant('slack:Q7'), { at: new Date('2026-07-05T14:00:00Z'), topic: 'Healthy tenant' });
    await calendar.add(asTenant('slack:Q8'), { at: new Date('2026-07-05T14:00:00Z'), topic: 'Damaged tenant' });
    await db.collection('tenants').updateOne({ _id: asTenant('slack:Q8') } as never, { $set: { timeZone: 42 } });
    await db.collection('calendar_reminders').insertOne({ _id: 'garbage', tenantId: asTenant('slack:Q7'), dueAt: new Date('2026-07-05T13:00:00Z') } as never);
    clock = new Date('2026-07-05T13:00:05Z');
    const notifier = new RecordingNotifier();
    const report = await new ReminderDispatcher(repositories.calendar, repositories.tenants, notifier, silentLog, { clock: () => clock }).run();
    expect(notifier.texts()).toEqual([expect.stringContaining('Healthy tenant')]);
    expect(report).toMatchObject({ reminders: 2, dropped: 1 });
    expect(await db.collection('calendar_reminders').countDocuments({ dueAt: { $lte: clock } })).toBe(0);
  });

  it('entries saved before the queue existed are upgraded once: what they still owed is queued, what was sent is not', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:Q4'), { reminders: { leadMinutes: [1440, 60], followUp: false }, locale: 'en' }));
    const at = new Date('2026-08-01T14:00:00Z');
    const created = new Date('2026-07-25T10:00:00Z');
    await db.collection('calendar_entries').insertOne({
      _id: 'slack:Q4|old1', tenantId: asTenant('slack:Q4'), ref: 'old1', kind: 'post', at, topic: 'Legacy post', source: 'command', status: 'scheduled', revision: 0,
      reminders: [
        { key: 'before-1440', dueAt: new Date('2026-07-31T14:00:00Z'), sentAt: new Date('2026-07-31T14:00:03Z'), attempts: 0 },
        { key: 'before-60', dueAt: new Date('2026-08-01T13:00:00Z'), attempts: 0 },
      ],
      nextReminderAt: new Date('2026-08-01T13:00:00Z'), createdAt: created, updatedAt: created,
    } as never);

    // Readable as it is (a calendar list, the digest) before anything upgrades it.
    expect((await repositories.calendar.findOne(asTenant('slack:Q4'), { _id: 'slack:Q4|old1' }))?.scheduleId).toBe('legacy');
    // The upgrade job's first run upgrades it; later runs find nothing more to do.
    const notifier = new RecordingNotifier();
    let clock = new Date('2026-07-30T10:00:00Z');
    const dispatcher = new ReminderDispatcher(repositories.calendar, repositories.tenants, notifier, silentLog, { clock: () => clock });
    await upgradeLegacyCalendar(repositories.calendar, silentLog, clock);
    expect(await repositories.calendar.upgradeLegacyEntries()).toEqual({ upgraded: 0, failed: [] });
    const upgraded = await repositories.calendar.findOne(asTenant('slack:Q4'), { _id: 'slack:Q4|old1' });
    expect(upgraded?.reminders.map((r) => r.key)).toEqual(['before-1440', 'before-60']);
    expect(await db.collection('calendar_entries').findOne({ _id: 'slack:Q4|old1' } as never)).not.toHaveProperty('nextReminderAt');
    const queued = await repositories.calendar.queue.pendingFor(asTenant('slack:Q4'), 'slack:Q4|old1');
    expect(queued.map((w) => [w.key, w.scheduleId])).toEqual([['before-60', upgraded!.scheduleId]]);

    clock = new Date('2026-08-01T13:00:02Z');
    await dispatcher.run();
    expect(notifier.texts()).toEqual([expect.stringContaining('Legacy post')]);
  });

  it('the per-minute reminder run only sends reminders: upgrading entries of the previous version is the upgrade job’s', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:Q9'), { reminders: { leadMinutes: [60], followUp: false }, locale: 'en' }));
    const created = new Date('2026-09-01T10:00:00Z');
    await db.collection('calendar_entries').insertOne({
      _id: 'slack:Q9|old9', tenantId: asTenant('slack:Q9'), ref: 'old9', kind: 'post', at: new Date('2026-09-10T14:00:00Z'), topic: 'Untouched', source: 'command', status: 'scheduled', revision: 0,
      reminders: [{ key: 'before-60', dueAt: new Date('2026-09-10T13:00:00Z'), attempts: 0 }],
      nextReminderAt: new Date('2026-09-10T13:00:00Z'), createdAt: created, updatedAt: created,
    } as never);
    const clock = new Date('2026-09-02T10:00:00Z');
    await new ReminderDispatcher(repositories.calendar, repositories.tenants, new RecordingNotifier(), silentLog, { clock: () => clock }).run();
    expect(await db.collection('calendar_entries').findOne({ _id: 'slack:Q9|old9' } as never)).toHaveProperty('nextReminderAt');
    expect(await repositories.calendar.queue.pendingFor(asTenant('slack:Q9'), 'slack:Q9|old9')).toEqual([]);

    expect(await upgradeLegacyCalendar(repositories.calendar, silentLog, clock)).toBe(1);
    expect((await repositories.calendar.queue.pendingFor(asTenant('slack:Q9'), 'slack:Q9|old9')).map((w) => w.key)).toEqual(['before-60']);
  });
});
