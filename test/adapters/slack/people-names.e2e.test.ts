// People stored by their Slack id only (saved before names were kept beside ids) get their names:
// the people-names job, on a real Agenda, asks users.info through the fake Slack Web API once per
// person, and `/boussole calendar` and `/boussole comments` through the signed receiver then show
// the name. A person Slack does not know keeps the neutral word, and is not asked about again soon.
import type { Agenda } from 'agenda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeBoussole, type Boussole } from '../../../src/app/compose.js';
import { PEOPLE_NAMES_JOB } from '../../../src/jobs/people-names.js';
import { createScheduler, defineJobs } from '../../../src/jobs/scheduler.js';
import { createLogger } from '../../../src/log/logger.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { tenantDoc } from '../../support/feature-fixtures.js';
import { useTestDatabase } from '../../support/mongo.js';
import { runJobNow } from '../../support/run-job.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
const T = asTenant('slack:T1');
const log = createLogger({ level: 'silent', format: 'json' });
let h: SlackHarness;
let boussole: Boussole;
let agenda: Agenda;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

async function answer(text: string, responseId: string): Promise<string> {
  await h.command(text, { channel: 'C1', responseId });
  const post = await h.api.waitFor(() => h.api.responses.find((r) => r.id === responseId), 8000, `the answer to ${text}`);
  return JSON.stringify(post.body);
}

const lookups = (user: string) => h.api.callsOf('users.info').filter((c) => c.args.user === user).length;

beforeAll(async () => {
  boussole = composeBoussole({ db, defaults: { locale: 'en', timeZone: 'America/Toronto' }, log, scheduler: () => agenda });
  h = await startSlackHarness({ db, engine: boussole.engine });
  boussole.register(h.slack);
  await boussole.ensureIndexes();
  agenda = createScheduler(db, log, { processEvery: 100 });
  defineJobs(agenda, boussole.jobs());
  await agenda.start();

  await boussole.repositories.tenants.insert(tenantDoc(T, { locale: 'en', owners: ['U1'] }));
  h.api.users.set('U0JULIE', { real_name: 'Julie Tremblay', display_name: 'Julie Tremblay' });
  h.api.users.set('U0GONE', { notFound: true });
  await boussole.services.calendar.add(T, { at: inDays(6), topic: 'Report launch', platform: 'linkedin', owner: { id: 'U0JULIE' } });
  await boussole.services.calendar.add(T, { at: inDays(7), topic: 'Open house', owner: { id: 'U0GONE' } });
  await boussole.repositories.plans.insert({
    _id: T,
    tenantId: T,
    version: 3,
    steps: { '6': { status: 'complete', answers: { manager: { id: 'U0JULIE' }, backup: { id: 'name:paul roy' } } } },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
  });
});
afterAll(async () => {
  await agenda.stop();
  await h.close();
});

describe('people stored by their Slack id only', () => {
  it('show as a neutral word until Slack gave their names', async () => {
    const before = await answer('calendar', 'before');
    expect(before).toContain('a teammate');
    expect(before).not.toContain('U0JULIE');
  });

  it('are named from users.info by the people-names job, once each', async () => {
    await runJobNow(agenda, PEOPLE_NAMES_JOB);
    const after = await answer('calendar', 'after');
    expect(after).toContain('Julie Tremblay');
    // Slack did not know U0GONE (removed from the workspace): the neutral word, never the id.
    expect(after).toContain('a teammate');
    expect(after).not.toContain('U0GONE');

    const plan = await boussole.repositories.plans.findOne(T, { _id: T });
    expect(plan?.steps['6']?.answers.manager).toEqual({ id: 'U0JULIE', name: 'Julie Tremblay' });
    // A typed name is left as typed; naming someone is not a change of the plan.
    expect(plan?.steps['6']?.answers.backup).toEqual({ id: 'name:paul roy' });
    expect(plan).toMatchObject({ version: 3, updatedAt: '2026-01-02T00:00:00.000Z' });
    expect(lookups('U0JULIE')).toBe(1);
    expect(lookups('U0GONE')).toBe(1);
  });

  it('are not asked about again: the named are stored, the unknown wait before Slack is asked again', async () => {
    await runJobNow(agenda, PEOPLE_NAMES_JOB);
    expect(lookups('U0JULIE')).toBe(1);
    expect(lookups('U0GONE')).toBe(1);
  });
});
