// Step 7 of the method: nothing goes live before the plan is ready. Step 4's posts dated before
// go-live wait as drafts — the real reminder job, on a real Agenda, posts nothing for them — until
// step 7 is complete or an owner confirms one.
import type { Agenda } from 'agenda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeatureServices, type FeatureServices } from '../../src/app/feature-services.js';
import { CALENDAR_REMINDERS_JOB, calendarRemindersJob } from '../../src/jobs/calendar-reminders.js';
import { createScheduler, defineJobs } from '../../src/jobs/scheduler.js';
import { IdempotentNotifier } from '../../src/notify/idempotent-notifier.js';
import type { Plan } from '../../src/plan/plan.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, silentLog, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';
import { runJobNow } from '../support/run-job.js';
import { RecordingNotifier } from '../support/recording-notifier.js';

const { db } = useTestDatabase();
const T = asTenant('slack:DRAFTS');
let repositories: Repositories;
let services: FeatureServices;
let agenda: Agenda;
let clock = new Date('2026-11-28T12:00:00Z');
const platform = new RecordingNotifier();

function plan(step7: 'in-progress' | 'complete'): Plan {
  const items = (answers: Array<Record<string, unknown>>) => ({
    items: Object.fromEntries(answers.map((a, i) => [`p${i}`, { _at: `2026-11-0${i + 1}T00:00:00Z`, answers: a }])),
  });
  return {
    _id: T,
    tenantId: T,
    version: 3,
    steps: {
      '1': { status: 'complete', answers: { listenStart: '2026-11-01', goLive: '2027-04-06' } },
      '4': {
        status: 'complete',
        answers: {
          calendar: items([
            { at: '2026-12-01T15:00:00Z', platform: 'facebook', topic: 'Teaser de décembre', owner: { id: 'U-ann', name: 'Ann' } },
            { at: '2027-04-07T14:00:00Z', platform: 'facebook', topic: 'Lancement', owner: { id: 'U-ann', name: 'Ann' } },
          ]) as never,
        },
      },
      '7': { status: step7, answers: { goLive: '2027-04-06' } },
    },
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-28T00:00:00Z',
  };
}

const runJob = () => runJobNow(agenda, CALENDAR_REMINDERS_JOB);

const entry = async (topic: string) => (await repositories.calendar.findOne(T, { topic }))!;

beforeAll(async () => {
  repositories = await featureRepositories(db);
  await repositories.tenants.insert(tenantDoc(T, { locale: 'en', reminders: { leadMinutes: [1440], followUp: false } }));
  services = createFeatureServices({
    repositories,
    notifier: new IdempotentNotifier(platform, repositories.notificationKeys),
    log: silentLog,
    scheduler: () => agenda,
    clock: () => clock,
  });
  agenda = createScheduler(db, silentLog, { processEvery: 100 });
  defineJobs(agenda, [calendarRemindersJob({ reminders: services.reminders, log: silentLog })]);
  await agenda.start();
});
afterAll(async () => {
  await agenda?.stop();
});

describe('calendar entries dated before go-live', () => {
  it('wait as drafts with no reminder while step 7 is not complete; the post after go-live is scheduled', async () => {
    await repositories.plans.insert(plan('in-progress'));
    expect(await services.calendar.syncPlanEntries(T, (await repositories.plans.findOne(T, { _id: T }))!)).toMatchObject({ added: 2 });
    expect(await entry('Teaser de décembre')).toMatchObject({ status: 'draft', reminders: [] });
    expect((await entry('Lancement')).status).toBe('scheduled');
    expect(await repositories.calendar.queue.pendingFor(T, (await entry('Teaser de décembre'))._id)).toEqual([]);

    clock = new Date('2026-11-30T15:30:00Z'); // past the time a day-before reminder would be due
    await runJob();
    expect(platform.posts).toEqual([]);
  });

  it('an owner confirms one: it gets its reminder, and the real job posts it', async () => {
    clock = new Date('2026-11-29T12:00:00Z');
    const confirmed = await services.calendar.confirm(T, (await entry('Teaser de décembre')).ref);
    expect(confirmed.ok && confirmed.entry.reminders.map((r) => r.dueAt.toISOString())).toEqual(['2026-11-30T15:00:00.000Z']);
    expect(await services.calendar.confirm(T, (await entry('Lancement')).ref)).toEqual({ ok: false, reason: 'not-draft' });

    clock = new Date('2026-11-30T15:00:30Z');
    await runJob();
    expect(platform.texts()).toHaveLength(2); // the reminders channel and the owner
    expect(platform.texts()[0]).toContain('Teaser de décembre');
  });

  it('completing step 7 releases every draft at once; a re-sync of step 4 does not turn them back', async () => {
    clock = new Date('2026-12-01T12:00:00Z');
    await repositories.plans.update(T, { _id: T }, { $set: { 'steps.4.answers.calendar.items.p2': { _at: '2026-11-03T00:00:00Z', answers: { at: '2026-12-10T15:00:00Z', topic: 'Vœux', platform: 'facebook' } } } });
    await services.calendar.syncPlanEntries(T, (await repositories.plans.findOne(T, { _id: T }))!);
    expect((await entry('Vœux')).status).toBe('draft');

    await repositories.plans.update(T, { _id: T }, { $set: { 'steps.7.status': 'complete' } });
    const released = await services.calendar.releaseDrafts(T);
    expect(released.map((e) => e.topic)).toEqual(['Vœux']);
    expect((await entry('Vœux')).reminders.map((r) => r.dueAt.toISOString())).toEqual(['2026-12-09T15:00:00.000Z']);
    await services.calendar.syncPlanEntries(T, (await repositories.plans.findOne(T, { _id: T }))!);
    expect((await entry('Vœux')).status).toBe('scheduled');

    clock = new Date('2026-12-09T15:00:30Z');
    await runJob();
    expect(platform.texts().filter((text) => text.includes('Vœux'))).toHaveLength(1); // no owner: the reminders channel only
  });

  it('a draft the plan moves to go-live or later becomes scheduled on the next sync', async () => {
    await repositories.plans.update(T, { _id: T }, { $set: { 'steps.7.status': 'in-progress', 'steps.4.answers.calendar.items.p3': { _at: '2026-11-04T00:00:00Z', answers: { at: '2027-01-10T15:00:00Z', topic: 'Hiver', platform: 'facebook' } } } });
    await services.calendar.syncPlanEntries(T, (await repositories.plans.findOne(T, { _id: T }))!);
    expect((await entry('Hiver')).status).toBe('draft');
    await repositories.plans.update(T, { _id: T }, { $set: { 'steps.4.answers.calendar.items.p3.answers.at': '2027-04-10T15:00:00Z' } });
    expect(await services.calendar.syncPlanEntries(T, (await repositories.plans.findOne(T, { _id: T }))!)).toMatchObject({ changed: 1 });
    expect(await entry('Hiver')).toMatchObject({ status: 'scheduled', reminders: [{ key: 'before-1440' }] });
  });
});
