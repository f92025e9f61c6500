import { beforeAll, describe, expect, it } from 'vitest';
import { CalendarService } from '../../src/calendar/calendar-service.js';
import type { Plan } from '../../src/plan/plan.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';

const { db } = useTestDatabase();
let repositories: Repositories;
beforeAll(async () => {
  repositories = await featureRepositories(db);
  await repositories.tenants.insert(tenantDoc('slack:SYNC'));
});

function plan(calendar: Record<string, { at: string; topic: string }>, training: Record<string, { at: string; topic: string }>): Plan {
  const items = (group: Record<string, Record<string, unknown>>) => ({
    items: Object.fromEntries(Object.entries(group).map(([id, answers], i) => [id, { _at: `2026-01-0${i + 1}T00:00:00Z`, answers }])),
  });
  const step = (answers: Record<string, unknown>) => ({ status: 'complete' as const, answers: answers as never });
  return {
    _id: 'slack:SYNC',
    tenantId: 'slack:SYNC',
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
      'slack:SYNC',
      plan({ a: { at: '2026-05-10T14:00:00Z', topic: 'Post A' }, b: { at: '2026-05-11T14:00:00Z', topic: 'Post B' } }, { t: { at: '2026-05-12T13:00:00Z', topic: 'Training' } }),
    );
    expect(first).toEqual({ added: 3, changed: 0, cancelled: 0 });
    const entries = await repositories.calendar.findMany('slack:SYNC', {}, { sort: { at: 1 } });
    expect(entries.map((e) => [e.kind, e.topic, e.status, e.reminders.length])).toEqual([
      ['post', 'Post A', 'scheduled', 2],
      ['post', 'Post B', 'scheduled', 2],
      ['training', 'Training', 'scheduled', 2],
    ]);
    expect(entries[0]!.owner).toEqual({ id: 'U1', name: 'Ann' });

    const again = await calendar.syncPlanEntries(
      'slack:SYNC',
      plan({ a: { at: '2026-05-10T16:00:00Z', topic: 'Post A' } }, { t: { at: '2026-05-12T13:00:00Z', topic: 'Training' } }),
    );
    expect(again).toEqual({ added: 0, changed: 1, cancelled: 1 });
    const after = await repositories.calendar.findMany('slack:SYNC', {}, { sort: { topic: 1 } });
    expect(after.map((e) => [e.topic, e.status, e.at.toISOString()])).toEqual([
      ['Post A', 'scheduled', '2026-05-10T16:00:00.000Z'],
      ['Post B', 'cancelled', '2026-05-11T14:00:00.000Z'],
      ['Training', 'scheduled', '2026-05-12T13:00:00.000Z'],
    ]);
    expect(after[0]!.reminders[0]!.dueAt.toISOString()).toBe('2026-05-09T16:00:00.000Z');
  });
});
