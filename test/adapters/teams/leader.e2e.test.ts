// `leader` typed in a Teams personal chat, changing a step-8 relationship status without
// reopening the step (issue 10, case 5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStep8 } from '../../../conversations/step-08-community.js';
import type { Repositories } from '../../../src/app/repositories.js';
import { useTestDatabase } from '../../support/mongo.js';
import { quietBoussole } from '../../support/quiet-boussole.js';
import { seedCompletePlan } from '../../support/seed-plan.js';
import { AAD_TENANT, alice } from '../../support/teams-activities.js';
import { textOf } from '../../support/teams-cards.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-harness.js';
import { personalChat } from '../../support/teams-personal.js';
import { asTenant } from '../../support/tenant.js';

const database = useTestDatabase();
const TENANT = asTenant(`teams:${AAD_TENANT}:personal:${alice.aadObjectId}`);
let harness: TeamsHarness;
let repositories: Repositories;

beforeAll(async () => {
  const boussole = await quietBoussole(database.db, 'fr');
  repositories = boussole.repositories;
  await seedCompletePlan(database.db, repositories, TENANT);
  harness = await startTeamsHarness({ db: database.db, engine: boussole.engine });
});
afterAll(async () => harness.close());

const { typed } = personalChat(() => harness);

describe('leader in a Teams chat', () => {
  it('changes one status by name, in French, and says it in one line; step 8 stays complete', async () => {
    const reply = await typed('leader julie relation établie');
    expect(textOf(reply)).toMatch(/Julie Patrimoine\u00a0: Suivi → \**Relation établie\**\./);
    const step8 = (await repositories.plans.get(TENANT)).step(8);
    expect(step8.status).toBe('complete');
    expect(readStep8(step8.answers).leaders.map((l) => l.status)).toEqual(['relationship']);
  });
});

describe('leader in a Teams chat, in English', () => {
  // Alice chooses English: her Teams client's language was kept at her first message.
  beforeAll(async () => {
    expect(textOf(await typed('language en'))).toContain('English');
  });
  const statuses = async () => readStep8((await repositories.plans.get(TENANT)).step(8).answers).leaders.map((l) => l.status);

  it('lists the leaders with their status, then changes one by number', async () => {
    expect(textOf(await typed('leader'))).toContain('1. Julie Patrimoine, Instagram — ');
    expect(textOf(await typed('leader 1 identified'))).toMatch(/Julie Patrimoine: \w[\w ]* → \**Identified\**\./);
    expect(await statuses()).toEqual(['identified']);
  });

  it('refuses an unknown leader and an unknown status, saying which, and changes nothing', async () => {
    expect(textOf(await typed('leader Zoé relationship'))).toContain('I can’t find a leader “Zoé” in step 8. Leaders: 1. Julie Patrimoine.');
    expect(textOf(await typed('leader 1 friends'))).toContain('I don’t recognize the status “friends”. Statuses: Identified, Following, Interacted, Relationship.');
    expect(await statuses()).toEqual(['identified']);
    expect((await repositories.plans.get(TENANT)).step(8).status).toBe('complete');
  });
});

