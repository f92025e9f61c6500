// Naming people stored by id only, over the real database: where the names come from (what the
// person last wrote under, then their platform), every place a person is kept (a step's answer,
// a group item's field, a comment's people, a calendar entry's owner), and what is left alone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Repositories } from '../../src/app/repositories.js';
import type { PeopleLookup } from '../../src/core/ports/people.js';
import type { TenantId } from '../../src/core/tenant-id.js';
import { NameBackfill, UNKNOWN_RETRY_MS } from '../../src/people/name-backfill.js';
import type { Plan } from '../../src/plan/plan.js';
import { featureRepositories, silentLog } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const T = asTenant('slack:NAMES');
let repositories: Repositories;

/** The platform as a directory of known people, counting what it is asked. */
class KnownPeople implements PeopleLookup {
  readonly asked: string[] = [];
  constructor(private readonly known: Record<string, string>) {}
  async names(_tenantId: TenantId, ids: readonly string[]): Promise<Map<string, string>> {
    this.asked.push(...ids);
    return new Map(ids.filter((id) => this.known[id]).map((id) => [id, this.known[id]!]));
  }
}

const plan = (): Plan => ({
  _id: T,
  tenantId: T,
  version: 7,
  steps: {
    '4': {
      status: 'complete',
      answers: {
        playbook: { items: { a1b2: { _at: '2026-01-01T00:00:00Z', answers: { kind: 'angry', assignee: { id: 'U0PLATFORM' }, delayHours: 4 } } } },
        supervisor: { id: 'U0NAMED', name: 'Already Named' },
      },
    },
    '6': { status: 'complete', answers: { manager: { id: 'U0WROTE' }, backup: { id: 'name:paul roy' }, other: { id: 'U0NOBODY' } } },
  },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
});

const comment = (ref: string, people: Record<string, unknown>) => ({
  _id: `${T}|${ref}`, tenantId: T, ref, platform: 'facebook', author: 'x', text: 't', kind: 'question', delayHours: 4, status: 'open' as const,
  receivedAt: new Date(), dueAt: new Date(), escalateAt: new Date(), ...people,
});

beforeAll(async () => {
  repositories = await featureRepositories(db);
  await repositories.plans.insert(plan());
  await repositories.userPrefs.touch(T, 'U0WROTE', 'Wanda Writer');
  await repositories.comments.insert(comment('c1', { assignee: { id: 'U0WROTE' }, backup: { id: 'U0PLATFORM' }, supervisor: { id: 'U0NOBODY' } }) as never);
  await repositories.calendar.insert({
    _id: `${T}|k1`, tenantId: T, ref: 'k1', kind: 'post', at: new Date('2027-01-15T15:00:00Z'), topic: 'Lancement', owner: { id: 'U0PLATFORM' },
    source: 'command', status: 'scheduled', revision: 0, scheduleId: 's1', reminders: [], createdAt: new Date(), updatedAt: new Date(),
  });
});

describe('naming people stored by id only', () => {
  let now = Date.parse('2026-11-28T12:00:00Z');
  const platform = new KnownPeople({ U0PLATFORM: 'Pat Platform' });
  let names: NameBackfill;
  beforeAll(() => {
    names = new NameBackfill({ plans: repositories.plans, comments: repositories.comments, calendar: repositories.calendar, users: repositories.userPrefs, people: platform, log: silentLog, now: () => now });
  });

  it('names each from what they last wrote under, else from the platform, everywhere they are kept', async () => {
    const filled = await names.run(T, await repositories.plans.findOne(T, { _id: T }));
    // Plan: the item's assignee and the manager; comment: assignee and backup; calendar: owner.
    expect(filled).toBe(5);
    const stored = (await repositories.plans.findOne(T, { _id: T }))!;
    expect(stored.steps['4']?.answers.playbook).toMatchObject({ items: { a1b2: { answers: { assignee: { id: 'U0PLATFORM', name: 'Pat Platform' } } } } });
    expect(stored.steps['6']?.answers.manager).toEqual({ id: 'U0WROTE', name: 'Wanda Writer' });
    const [c1] = await repositories.comments.findMany(T, { ref: 'c1' });
    expect(c1).toMatchObject({ assignee: { id: 'U0WROTE', name: 'Wanda Writer' }, backup: { id: 'U0PLATFORM', name: 'Pat Platform' }, supervisor: { id: 'U0NOBODY' } });
    const [k1] = await repositories.calendar.findMany(T, { ref: 'k1' });
    expect(k1?.owner).toEqual({ id: 'U0PLATFORM', name: 'Pat Platform' });
  });

  it('leaves alone a typed name, a name already there, and the plan’s version and last change', async () => {
    const stored = (await repositories.plans.findOne(T, { _id: T }))!;
    expect(stored.steps['6']?.answers.backup).toEqual({ id: 'name:paul roy' });
    expect(stored.steps['4']?.answers.supervisor).toEqual({ id: 'U0NAMED', name: 'Already Named' });
    expect(stored).toMatchObject({ version: 7, updatedAt: '2026-01-02T00:00:00.000Z' });
  });

  it('asks the platform only about people no one named, and about someone it did not know only once in a while', async () => {
    // First run: the people who never wrote, each once (a person kept in several places included).
    expect([...platform.asked].sort()).toEqual(['U0NOBODY', 'U0PLATFORM']);
    await names.run(T, await repositories.plans.findOne(T, { _id: T }));
    expect(platform.asked).toHaveLength(2);
    now += UNKNOWN_RETRY_MS + 1;
    await names.run(T, await repositories.plans.findOne(T, { _id: T }));
    expect(platform.asked.slice(2)).toEqual(['U0NOBODY']);
  });

  it('keeps a name the platform gives later, for someone it did not know before', async () => {
    const later = new NameBackfill({ plans: repositories.plans, comments: repositories.comments, calendar: repositories.calendar, users: repositories.userPrefs, people: new KnownPeople({ U0NOBODY: 'Nora Newcomer' }), log: silentLog });
    await later.run(T, await repositories.plans.findOne(T, { _id: T }));
    expect((await repositories.plans.findOne(T, { _id: T }))!.steps['6']?.answers.other).toEqual({ id: 'U0NOBODY', name: 'Nora Newcomer' });
    expect((await repositories.comments.findMany(T, { ref: 'c1' }))[0]?.supervisor).toEqual({ id: 'U0NOBODY', name: 'Nora Newcomer' });
  });
});
