import { beforeAll, describe, expect, it } from 'vitest';
import { CalendarService } from '../../src/calendar/calendar-service.js';
import type { Plan } from '../../src/plan/plan.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
let repositories: Repositories;
beforeAll(async () => {
  repositories = await featureRepositories(db);
  await repositories.tenants.insert(tenantDoc(asTenant('slack:SYNC')));
});

function plan(calendar: Record<string, { at: string; topic: string }>, training: Record<string, { at: string; topic: string }>): Plan {
  const items = (group: Record<string, Record<string, unknown>>) => ({
    items: Object.fromEntries(Object.entries(group).map(([id, answers], i) => [id, { _at: `2026-01-0${i + 1}T00:00:00Z`, answers }])),
  });
  const step = (answers: Record<string, unknown>) => ({ status: 'complete' as const, answers: answers as never });
  return {
    _id: asTenant('slack:SYNC'),
    tenantId: asTenant('slack:SYNC'),
    version: 1,
    steps: {
      '4': step({ calendar: items(Object.fromEntries(Object.entries(calendar).map(([k, v]) => [k, { ...v, platform: 'linkedin', owner: { id: 'U1', name: 'Ann' } }]))) }),
      '6': step({ training: items(Object.fromEntries(Object.entries(training).map(([k, v]) => [k, { ...v, attendees: 'Team' }]))) }),
    },
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

describe('syncPlanEntries: step 4 calendar entries and step 6 training sessions', () => {
  it('adds, moves and cancels calendar entries as the plan changes', async () => {
    const clock = new Date('2026-05-01T12:00:00Z');
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => clock);
    const first = await calendar.syncPlanEntries(
      asTenant('slack:SYNC'),
      plan({ a: { at: '2026-05-10T14:00:00Z', topic: 'Post A' }, b: { at: '2026-05-11T14:00:00Z', topic: 'Post B' } }, { t: { at: '2026-05-12T13:00:00Z', topic: 'Training' } }),
    );
    expect(first).toEqual({ added: 3, changed: 0, cancelled: 0, divergences: [] });
    const entries = await repositories.calendar.findMany(asTenant('slack:SYNC'), {}, { sort: { at: 1 } });
    expect(entries.map((e) => [e.kind, e.topic, e.status, e.reminders.length])).toEqual([
      ['post', 'Post A', 'scheduled', 2],
      ['post', 'Post B', 'scheduled', 2],
      ['training', 'Training', 'scheduled', 2],
    ]);
    expect(entries[0]!.owner).toEqual({ id: 'U1', name: 'Ann' });

    const again = await calendar.syncPlanEntries(
      asTenant('slack:SYNC'),
      plan({ a: { at: '2026-05-10T16:00:00Z', topic: 'Post A' } }, { t: { at: '2026-05-12T13:00:00Z', topic: 'Training' } }),
    );
    expect(again).toEqual({ added: 0, changed: 1, cancelled: 1, divergences: [] });
    const after = await repositories.calendar.findMany(asTenant('slack:SYNC'), {}, { sort: { topic: 1 } });
    expect(after.map((e) => [e.topic, e.status, e.at.toISOString()])).toEqual([
      ['Post A', 'scheduled', '2026-05-10T16:00:00.000Z'],
      ['Post B', 'cancelled', '2026-05-11T14:00:00.000Z'],
      ['Training', 'scheduled', '2026-05-12T13:00:00.000Z'],
    ]);
    expect(after[0]!.reminders[0]!.dueAt.toISOString()).toBe('2026-05-09T16:00:00.000Z');
  });

  it('a person moving a plan entry while the plan is synced is not undone half-way: time and reminders stay together', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:RACE'), { reminders: { leadMinutes: [60], followUp: false } }));
    const clock = new Date('2026-06-01T12:00:00Z');
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => clock);
    const racePlan = (topic: string) => ({ ...plan({ a: { at: '2026-06-10T14:00:00Z', topic } }, {}), _id: asTenant('slack:RACE'), tenantId: asTenant('slack:RACE') });
    await calendar.syncPlanEntries(asTenant('slack:RACE'), racePlan('Post A'));
    const [entry] = await repositories.calendar.findMany(asTenant('slack:RACE'), {});

    // Between the sync's read and its write, someone moves the entry by a day.
    const repo = repositories.calendar;
    const update = repo.update.bind(repo);
    let raced = false;
    repo.update = (async (...args: Parameters<typeof repo.update>) => {
      if (!raced) {
        raced = true;
        expect((await calendar.change(asTenant('slack:RACE'), entry!.ref, { at: new Date('2026-06-11T14:00:00Z') })).ok).toBe(true);
      }
      return update(...args);
    }) as typeof repo.update;
    try {
      expect(await calendar.syncPlanEntries(asTenant('slack:RACE'), racePlan('Post A, renamed'))).toMatchObject({ changed: 1 });
    } finally {
      repo.update = update;
    }
    const after = (await repositories.calendar.findOne(asTenant('slack:RACE'), { _id: entry!._id }))!;
    // The sync re-read and re-applied: the plan's new topic, and the person's time (a change by
    // hand is not undone), with reminders for that time.
    expect(after.topic).toBe('Post A, renamed');
    expect(after.at.toISOString()).toBe('2026-06-11T14:00:00.000Z');
    expect(after.reminders.map((r) => r.dueAt.toISOString())).toEqual(['2026-06-11T13:00:00.000Z']);
    const queued = await repositories.calendar.queue.pendingFor(asTenant('slack:RACE'), entry!._id);
    expect(queued.filter((w) => w.scheduleId === after.scheduleId).map((w) => w.dueAt.toISOString())).toEqual(['2026-06-11T13:00:00.000Z']);
  });

  it('keeps what a person changed by hand when the plan is synced again, and tells the difference once', async () => {
    await repositories.tenants.insert(tenantDoc(asTenant('slack:HAND')));
    const clock = new Date('2026-06-01T12:00:00Z');
    const calendar = new CalendarService(repositories.calendar, repositories.tenants, () => clock);
    const handPlan = (at: string, topic: string) => ({ ...plan({ a: { at, topic } }, {}), _id: asTenant('slack:HAND'), tenantId: asTenant('slack:HAND') });
    await calendar.syncPlanEntries(asTenant('slack:HAND'), handPlan('2026-06-10T14:00:00Z', 'Post A'));
    const [entry] = await repositories.calendar.findMany(asTenant('slack:HAND'), {});
    await calendar.change(asTenant('slack:HAND'), entry!.ref, { at: new Date('2026-06-03T14:00:00Z') });

    const first = await calendar.syncPlanEntries(asTenant('slack:HAND'), handPlan('2026-06-10T14:00:00Z', 'Post A'));
    expect(first).toMatchObject({ added: 0, changed: 0, cancelled: 0 });
    expect(first.divergences.map((d) => [d.entry.ref, d.fields, d.entry.at.toISOString(), d.planned.at.toISOString()])).toEqual([
      [entry!.ref, ['at'], '2026-06-03T14:00:00.000Z', '2026-06-10T14:00:00.000Z'],
    ]);
    // The same difference is not told again; the plan's other changes still apply.
    const second = await calendar.syncPlanEntries(asTenant('slack:HAND'), handPlan('2026-06-10T14:00:00Z', 'Post A, renamed'));
    expect(second).toMatchObject({ changed: 1, divergences: [] });
    const after = (await repositories.calendar.findOne(asTenant('slack:HAND'), { _id: entry!._id }))!;
    expect([after.at.toISOString(), after.topic, after.handEdited]).toEqual(['2026-06-03T14:00:00.000Z', 'Post A, renamed', ['at']]);
    // A new time in the plan is a new difference: told again.
    const third = await calendar.syncPlanEntries(asTenant('slack:HAND'), handPlan('2026-06-12T14:00:00Z', 'Post A, renamed'));
    expect(third.divergences).toHaveLength(1);
  });
});
