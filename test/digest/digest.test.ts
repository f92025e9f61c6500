import { beforeAll, describe, expect, it } from 'vitest';
import { createFeatureServices } from '../../src/app/feature-services.js';
import { featureCommands } from '../../src/app/feature-commands.js';
import type { CommandContext } from '../../src/core/commands/command.js';
import { stepOf, type Plan } from '../../src/plan/plan.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, silentLog, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
let repositories: Repositories;
const T = asTenant('slack:DIG');
const now = new Date('2026-03-09T14:00:00Z'); // Monday 9 March 2026, 10:00 in Toronto
const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
const item = (answers: Record<string, unknown>) => ({ _at: '2026-01-01T00:00:00Z', answers: answers as never });

const plan: Plan = {
  _id: T,
  tenantId: T,
  version: 9,
  steps: {
    '1': { status: 'complete', answers: { keywords: ['Université Laval'] } },
    '2': { status: 'complete', answers: {} },
    '3': { status: 'complete', answers: {} },
    '4': { status: 'in-progress', answers: { selfShare: 'all' } },
    '5': { status: 'complete', completedAt: '2026-02-01T00:00:00Z', answers: {} },
    '6': { status: 'complete', answers: { communityManager: { id: 'U-cm' }, backup: { id: 'U-bk' }, team: { items: { m1: item({ member: { id: 'U-t1' } }), m2: item({ member: { id: 'U-t2' } }) } } } },
    '8': { status: 'complete', answers: { leaders: { items: { l1: item({ name: 'A', status: 'interacted' }), l2: item({ name: 'B', status: 'identified' }), l3: item({ name: 'C', status: 'relationship' }) } } } },
  },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
};

beforeAll(async () => {
  repositories = await featureRepositories(db);
  await repositories.tenants.insert(tenantDoc(T, { locale: 'en' }));
  await db.collection('plans').insertOne(plan as never);
  const services = createFeatureServices({ repositories, notifier: new RecordingNotifier(), log: silentLog, scheduler: () => undefined, clock: () => ago(200) });
  await services.calendar.add(T, { at: new Date(now.getTime() + 2 * 86_400_000), topic: 'Report launch', platform: 'linkedin' });
  await services.calendar.add(T, { at: new Date(now.getTime() + 10 * 86_400_000), topic: 'Too far ahead' });
  const base = { tenantId: T, platform: 'facebook', author: 'x', text: 't', kind: 'question', delayHours: 2, status: 'answered' as const };
  const comments = [
    { ref: 'c1', receivedAt: ago(50), answeredAt: ago(49), responseMinutes: 60 },
    { ref: 'c2', receivedAt: ago(30), answeredAt: ago(27), responseMinutes: 180 },
    { ref: 'c3', receivedAt: ago(10), answeredAt: ago(9.5), responseMinutes: 30 },
    { ref: 'c4', receivedAt: ago(400), answeredAt: ago(399), responseMinutes: 60 }, // before the week
  ];
  for (const c of comments) await repositories.comments.insert({ ...base, _id: `${T}|${c.ref}`, ...c, dueAt: new Date(c.receivedAt.getTime() + 7_200_000), escalateAt: new Date(c.receivedAt.getTime() + 14_400_000) });
  await repositories.comments.insert({ ...base, _id: `${T}|c5`, ref: 'c5', status: 'open', receivedAt: ago(5), dueAt: ago(3), escalateAt: ago(1) });
  await repositories.feedItems.insertNew([
    { _id: `${T}|f1`, tenantId: T, feedUrl: 'https://f', title: 'Laval wins', link: 'https://f/1', seenAt: ago(20), matched: true, matches: [{ kind: 'keyword', term: 'Université Laval' }] },
    { _id: `${T}|f2`, tenantId: T, feedUrl: 'https://f', title: 'Concordia too', seenAt: ago(21), matched: true, matches: [{ kind: 'competitor', term: 'Concordia' }] },
    { _id: `${T}|f3`, tenantId: T, feedUrl: 'https://f', title: 'Old news', seenAt: ago(24 * 9), matched: true, matches: [{ kind: 'keyword', term: 'Université Laval' }] },
    { _id: `${T}|f4`, tenantId: T, feedUrl: 'https://f', title: 'Unrelated', seenAt: ago(2), matched: false, matches: [] },
  ]);
  await repositories.feedStates.insert({ _id: `${T}|bad`, tenantId: T, url: 'https://broken.example/rss', failures: 3, lastError: 'HTTP 500' });
  const kpi = (day: string, value: number, week: number) => ({ _id: `${T}|linkedin|followers|${day}`, tenantId: T, platform: 'linkedin', metric: 'followers' as const, value, day, at: ago(week * 168 + 1) });
  for (const [i, v] of [100, 120, 150, 200].entries()) await repositories.kpis.record(kpi(`d${i}`.padEnd(10, '0').replace(/^d/, '2026-01-0').slice(0, 10), v, 3 - i));
  await services.kpis.rate(T, { rating: 2 }, ago(24 * 21), 'America/Toronto');
  await services.kpis.rate(T, { rating: 4, notes: 'Good talks with the local press' }, ago(24 * 3), 'America/Toronto');
  // Made official after its discussion with staff: acknowledgements count from then on.
  await repositories.policyStates.insert({ _id: T, tenantId: T, discussedOn: '2026-01-25', officialOn: '2026-02-01', version: '2026-02-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' });
  for (const user of ['U-cm', 'U-t1', 'U-outsider']) await repositories.policyAcks.insert({ _id: `${T}|${user}`, tenantId: T, userId: user, policyVersion: '2026-02-01T00:00:00Z', at: '2026-02-02T00:00:00Z' });
});

describe('the weekly digest', () => {
  it('holds progress, the next 7 days, matched items by term, comment figures, KPI trends, policy rate and pitfalls', async () => {
    const services = createFeatureServices({ repositories, notifier: new RecordingNotifier(), log: silentLog, scheduler: () => undefined });
    const tenant = (await repositories.tenants.findOne(T, { _id: T }))!;
    const text = (await services.digest.build(tenant, now)).map((r) => (r.kind === 'text' ? r.text : '')).join('\n\n');
    expect(text).toContain('6 of 10 steps complete');
    expect(text).toContain('Next step: **4.');
    expect(text).toContain('Report launch');
    expect(text).not.toContain('Too far ahead');
    expect(text).toContain('2 new matching items');
    expect(text).toContain('Keyword **Université Laval**');
    expect(text).toContain('[Laval wins](https://f/1)');
    expect(text).toContain('Competitor **Concordia**');
    expect(text).not.toContain('Old news');
    expect(text).toContain('Failing source (3 times): https://broken.example/rss — HTTP 500');
    expect(text).toContain('4 received, 3 answered, median response time: 60 min, overdue: 1.');
    expect(text).toContain('Opinion leaders you’ve engaged with: 2 of 3.');
    expect(text).toMatch(/LinkedIn · followers: ▁\S*█ 200 \(\+33%\)/);
    expect(text).toContain('Conversation quality: ▁█ 4/5 (March 6) — Good talks with the local press');
    expect(text).toContain('**Staff policy**: 2 of 4 people have read it (50%).');
    expect(text).toContain('Pitfalls to watch');
    expect(stepOf(plan, 4).answers.selfShare).toBe('all');
  });

  it('the weekly post goes to the digest channel once per week, however often the job runs', async () => {
    const notifier = new RecordingNotifier();
    const services = createFeatureServices({ repositories, notifier, log: silentLog, scheduler: () => undefined });
    const { IdempotentNotifier } = await import('../../src/notify/idempotent-notifier.js');
    const idempotent = createFeatureServices({ repositories, notifier: new IdempotentNotifier(notifier, repositories.notificationKeys), log: silentLog, scheduler: () => undefined });
    await idempotent.digest.send(T, now);
    await idempotent.digest.send(T, new Date(now.getTime() + 3_600_000));
    expect(notifier.posts).toHaveLength(1);
    expect(notifier.posts[0]!.target).toEqual({ kind: 'channel', tenantId: T, channelId: 'C-digest' });
    expect(notifier.posts[0]!.key).toBe(`digest:${T}:2026-W11:c:C-digest`);
    expect(services).toBeDefined();
  });

  it('the digest command previews it at once, in the user’s language', async () => {
    const commands = featureCommands({ repositories, notifier: new RecordingNotifier(), log: silentLog, scheduler: () => undefined });
    const digest = commands.find((c) => c.id === 'digest')!;
    const ctx = { tenantId: T, user: { id: 'U1', isOwner: false }, locale: 'fr', timeZone: 'America/Toronto', now, answers: async () => ({}), event: {} as never, startForm: () => Promise.reject(new Error('no form expected')) } satisfies CommandContext;
    const replies = await digest.run('', ctx);
    expect(replies[0]).toMatchObject({ kind: 'text', text: expect.stringContaining('Résumé de la semaine') });
  });

  it('influential people engaged: the digest shows step 8’s leaders in conversation with their trend over the readings', async () => {
    const services = createFeatureServices({ repositories, notifier: new RecordingNotifier(), log: silentLog, scheduler: () => undefined });
    const tenant = (await repositories.tenants.findOne(T, { _id: T }))!;
    for (const [day, engaged] of [['2026-02-16', 0], ['2026-02-23', 1]] as const) {
      await repositories.kpis.leaders.record({ _id: `${T}|${day}`, tenantId: T, day, engaged, listed: 3, at: new Date(`${day}T15:00:00Z`) });
    }
    const text = (await services.digest.build(tenant, now)).map((r) => (r.kind === 'text' ? r.text : '')).join('\n\n');
    expect(text).toContain('Opinion leaders you’ve engaged with: 2 of 3. ▁▅█ (+100%)');
    // Today's reading is kept: the next showing compares with it.
    expect((await repositories.kpis.leaders.latest(T, 10)).map((s) => [s.day, s.engaged])).toEqual([['2026-02-16', 0], ['2026-02-23', 1], ['2026-03-09', 2]]);
  });
});

