import type { Agenda } from 'agenda';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatureServices, type FeatureDeps } from '../../src/app/feature-services.js';
import { KPI_CHECKINS_JOB, kpiCheckinsJob } from '../../src/jobs/kpi-checkins.js';
import { POLICY_REMINDERS_JOB, policyRemindersJob } from '../../src/jobs/policy-reminders.js';
import { createScheduler, defineJobs } from '../../src/jobs/scheduler.js';
import { STALLED_NUDGE_JOB, stalledNudgeJob } from '../../src/jobs/stalled-nudge.js';
import { IdempotentNotifier } from '../../src/notify/idempotent-notifier.js';
import type { Plan } from '../../src/plan/plan.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, silentLog, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const T = asTenant('slack:ASK');
const zone = 'America/Toronto';
const POLICY_VERSION = '2026-02-01T00:00:00.000Z';
const at = (iso: string) => DateTime.fromISO(iso, { zone }).toJSDate();

let repositories: Repositories;
let agenda: Agenda;
let clock = at('2026-04-06T10:00'); // a Monday, after the team's digest moment (Monday 09:00)
const platform = new RecordingNotifier();

function plan(): Plan {
  const step = (status: 'complete' | 'in-progress', answers: Record<string, unknown>, completedAt?: string) => ({ status, answers: answers as never, ...(completedAt ? { completedAt } : {}) });
  return {
    _id: T,
    tenantId: T,
    version: 12,
    steps: {
      '5': step('complete', { accountHolders: { items: { a: { _at: 'x', answers: { person: { id: 'U-holder', name: 'Hal' } } } } } }, POLICY_VERSION),
      '6': step('complete', { communityManager: { id: 'U-cm', name: 'Cam' }, backup: { id: 'U-bk', name: 'Bea' } }, '2026-02-10T00:00:00.000Z'),
      '10': step('in-progress', { kpiOwner: { id: 'U-kpi', name: 'Kim' }, checkIn: 'monthly', qualityCadence: 'quarterly' }),
    },
    createdAt: '2026-01-15T00:00:00.000Z',
    updatedAt: '2026-03-01T15:00:00.000Z',
  };
}

/** Runs a job now through Agenda, as its schedule would, and waits for it to finish. */
async function runJob(name: string): Promise<void> {
  const done = new Promise<void>((resolve) => agenda.once(`complete:${name}`, () => resolve()));
  await agenda.now(name);
  await done;
}

beforeAll(async () => {
  repositories = await featureRepositories(db);
  await repositories.tenants.insert(tenantDoc(T, { locale: 'en', timeZone: zone }));
  await repositories.plans.insert(plan());
  // The policy was made official (after its discussion with staff): only then are acknowledgements asked for.
  await repositories.policyStates.insert({ _id: T, tenantId: T, discussedOn: '2026-01-25', officialOn: '2026-02-01', version: POLICY_VERSION, updatedAt: '2026-02-01T00:00:00Z' });
  await repositories.policyAcks.insert({ _id: `${T}|U-cm`, tenantId: T, userId: 'U-cm', policyVersion: POLICY_VERSION, at: '2026-02-02T00:00:00Z' });
  const deps: FeatureDeps = {
    repositories,
    notifier: new IdempotentNotifier(platform, repositories.notificationKeys),
    log: silentLog,
    scheduler: () => agenda,
    clock: () => clock,
  };
  const services = createFeatureServices(deps);
  agenda = createScheduler(db, silentLog, { processEvery: 100 });
  const jobDeps = { tenants: repositories.tenants, plans: repositories.plans, notifier: deps.notifier, clock: services.clock, log: silentLog };
  defineJobs(agenda, [kpiCheckinsJob(jobDeps), policyRemindersJob({ ...jobDeps, policy: { policyAcks: repositories.policyAcks, policyStates: repositories.policyStates, users: repositories.userPrefs, nameLinks: repositories.nameLinks } }), stalledNudgeJob(jobDeps)]);
  await agenda.start();
});
afterAll(async () => {
  await agenda?.stop();
});

const postsTo = (userId: string) => platform.posts.filter((p) => p.target.kind === 'user' && p.target.userId === userId);

describe('the periodic asks of a live plan', () => {
  it('step 10: the KPI owner is asked for the numbers at the monthly cadence, and for the quality rating at the quarterly one — once per period', async () => {
    await runJob(KPI_CHECKINS_JOB);
    const asks = postsTo('U-kpi');
    expect(asks.map((p) => p.key).sort()).toEqual([`kpi-checkin:${T}:2026-04`, `quality-checkin:${T}:2026-Q2`]);
    expect(platform.texts().join('\n')).toContain('Time for the monthly KPI check-in');
    expect(platform.texts().join('\n')).toMatch(/rate the quality of this quarter’s conversations, from 1 \(poor\) to 5 \(excellent\).*`kpi quality 4/);

    clock = at('2026-04-20T10:00'); // later the same month and quarter: nothing more
    await runJob(KPI_CHECKINS_JOB);
    expect(postsTo('U-kpi')).toHaveLength(2);

    clock = at('2026-05-01T08:00'); // the first of the month, before the team's hour
    await runJob(KPI_CHECKINS_JOB);
    expect(postsTo('U-kpi')).toHaveLength(2);
    clock = at('2026-05-01T09:30');
    await runJob(KPI_CHECKINS_JOB);
    expect(postsTo('U-kpi').map((p) => p.key)).toContain(`kpi-checkin:${T}:2026-05`);
    expect(postsTo('U-kpi')).toHaveLength(3); // May is not a new quarter

    clock = at('2026-07-01T09:30');
    await runJob(KPI_CHECKINS_JOB);
    expect(postsTo('U-kpi').map((p) => p.key)).toEqual(expect.arrayContaining([`kpi-checkin:${T}:2026-07`, `quality-checkin:${T}:2026-Q3`]));
    expect(postsTo('U-kpi')).toHaveLength(5);

    // Sent keys are purged after 45 days; the quarter's ask is not repeated in its later months.
    await repositories.notificationKeys.purgeExpired(new Date('2027-01-01T00:00:00Z'));
    clock = at('2026-08-20T10:00');
    await runJob(KPI_CHECKINS_JOB);
    expect(postsTo('U-kpi').map((p) => p.key).slice(5)).toEqual([`kpi-checkin:${T}:2026-08`]);
  });

  it('the staff policy: each staff member who has not acknowledged it gets a weekly reminder; who acknowledged gets none', async () => {
    clock = at('2026-04-06T10:00');
    await runJob(POLICY_REMINDERS_JOB);
    await runJob(POLICY_REMINDERS_JOB);
    const reminded = () => platform.posts.filter((p) => p.key.startsWith('policy:')).map((p) => (p.target.kind === 'user' ? p.target.userId : '?')).sort();
    expect(reminded()).toEqual(['U-bk', 'U-holder']);
    expect(postsTo('U-bk')[0]!.message[0]).toMatchObject({ kind: 'text', text: expect.stringContaining('staff social media policy') });

    await repositories.policyAcks.insert({ _id: `${T}|U-bk`, tenantId: T, userId: 'U-bk', policyVersion: POLICY_VERSION, at: '2026-04-07T00:00:00Z' });
    clock = at('2026-04-13T09:05'); // the next week's moment
    await runJob(POLICY_REMINDERS_JOB);
    expect(reminded()).toEqual(['U-bk', 'U-holder', 'U-holder']);
  });

  it('a plan that has not moved for 14 days gets one nudge to the reminders channel, naming the next step', async () => {
    clock = at('2026-04-06T10:00');
    await runJob(STALLED_NUDGE_JOB);
    await runJob(STALLED_NUDGE_JOB);
    const nudges = platform.posts.filter((p) => p.key.startsWith('stalled:'));
    expect(nudges).toHaveLength(1);
    expect(nudges[0]!.target).toEqual({ kind: 'channel', tenantId: T, channelId: 'C-rem' });
    expect(platform.texts().join('\n')).toMatch(/The plan hasn’t moved in 35 days\. Next step: \*\*1\. .+\*\* — pick it up with `step 1`/);

    // Thirteen days after its last change a plan is not stalled.
    await db.collection('plans').updateOne({ _id: T } as never, { $set: { updatedAt: '2026-03-24T15:00:00.000Z' } });
    await runJob(STALLED_NUDGE_JOB);
    expect(platform.posts.filter((p) => p.key.startsWith('stalled:'))).toHaveLength(1);
  });
});
