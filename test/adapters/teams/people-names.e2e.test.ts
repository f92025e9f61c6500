// People stored by their Teams id only get their names from the team's roster: the people-names
// job, on a real Agenda, continues the team's stored channel conversation through the real
// CloudAdapter and asks the fake Bot Connector (GET …/members/{id}) once per person; `calendar`
// in the channel then shows the name. Someone the roster does not know keeps the neutral word.
import type { Agenda } from 'agenda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeBoussole, type Boussole } from '../../../src/app/compose.js';
import { PEOPLE_NAMES_JOB } from '../../../src/jobs/people-names.js';
import { createScheduler, defineJobs } from '../../../src/jobs/scheduler.js';
import { createLogger } from '../../../src/log/logger.js';
import { tenantDoc } from '../../support/feature-fixtures.js';
import { useTestDatabase } from '../../support/mongo.js';
import { runJobNow } from '../../support/run-job.js';
import { AAD_TENANT, bob, channelMessage, TEAM_ID, teamChannelRecord } from '../../support/teams-activities.js';
import { textOf } from '../../support/teams-cards.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-harness.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
const T = asTenant(`teams:${AAD_TENANT}:${TEAM_ID}`);
const log = createLogger({ level: 'silent', format: 'json' });
let h: TeamsHarness;
let boussole: Boussole;
let agenda: Agenda;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

async function inChannel(text: string): Promise<string> {
  const before = h.connector.received.length;
  expect((await h.post(channelMessage({ serviceUrl: h.connector.url, user: bob, text, locale: 'en-US' }))).status).toBe(200);
  await expect.poll(() => h.connector.received.length > before).toBe(true);
  return textOf(h.connector.received.at(-1)!);
}

beforeAll(async () => {
  boussole = composeBoussole({ db, defaults: { locale: 'en', timeZone: 'America/Toronto' }, log, scheduler: () => agenda });
  await boussole.ensureIndexes();
  h = await startTeamsHarness({ db, engine: boussole.engine });
  boussole.register(h.teams);
  agenda = createScheduler(db, log, { processEvery: 100 });
  defineJobs(agenda, boussole.jobs());
  await agenda.start();

  await boussole.repositories.tenants.insert(tenantDoc(T, { locale: 'en' }));
  await h.repositories.teamsConversations.remember(teamChannelRecord(h.connector.url));
  h.connector.addMember({ id: '29:julie', aadObjectId: 'aad-julie', name: 'Julie Tremblay' });
  await boussole.services.calendar.add(T, { at: inDays(6), topic: 'Report launch', platform: 'linkedin', owner: { id: 'aad-julie' } });
  await boussole.services.calendar.add(T, { at: inDays(7), topic: 'Open house', owner: { id: 'aad-stranger' } });
});
afterAll(async () => {
  await agenda.stop();
  await h.close();
});

describe('people stored by their Teams id only', () => {
  it('show as a neutral word, never a GUID, until the roster gave their names', async () => {
    const before = await inChannel('calendar');
    expect(before).toContain('a teammate');
    expect(before).not.toContain('aad-julie');
  });

  it('are named from the team’s roster by the people-names job, each asked about once', async () => {
    await runJobNow(agenda, PEOPLE_NAMES_JOB);
    const after = await inChannel('calendar');
    expect(after).toContain('Report launch (LinkedIn) · Julie Tremblay');
    expect(after).toMatch(/Open house · a teammate/);
    expect(after).not.toContain('aad-stranger');
    expect(h.connector.memberLookups()).toBe(2);
    const [entry] = await boussole.repositories.calendar.findMany(T, { topic: 'Report launch' });
    expect(entry?.owner).toEqual({ id: 'aad-julie', name: 'Julie Tremblay' });
  });

  it('are not asked about again on the next run', async () => {
    await runJobNow(agenda, PEOPLE_NAMES_JOB);
    expect(h.connector.memberLookups()).toBe(2);
  });
});
