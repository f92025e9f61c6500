// Editing one field of one list item from the review, through Teams: `modifier 3.1` offers the
// item's fields as card buttons, the button pressed reopens that field, and only it changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupItems } from '../../../src/core/dialogue/values.js';
import type { Repositories } from '../../../src/app/repositories.js';
import { useTestDatabase } from '../../support/mongo.js';
import { seedStepInProgress } from '../../support/seed-step.js';
import { AAD_TENANT, alice } from '../../support/teams-activities.js';
import { cardsOf, textOf, type Json } from '../../support/teams-cards.js';
import { personalChat, submits } from '../../support/teams-personal.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-harness.js';
import { asTenant } from '../../support/tenant.js';
import { quietBoussole } from '../../support/quiet-boussole.js';

const database = useTestDatabase();
let harness: TeamsHarness;
let repositories: Repositories;
const tenantId = asTenant(`teams:${AAD_TENANT}:personal:${alice.aadObjectId}`);

beforeAll(async () => {
  const boussole = await quietBoussole(database.db, 'fr');
  repositories = boussole.repositories;
  harness = await startTeamsHarness({ db: database.db, engine: boussole.engine });
  await seedStepInProgress(database.db, repositories, tenantId, 1);
});
afterAll(async () => harness.close());

const { typed, press } = personalChat(() => harness);

describe('one field of one list item, through Teams', () => {
  it('`modifier 3.1` shows the item’s fields as card buttons; pressing one reopens only that field', async () => {
    await typed('étape 1');
    const review = await typed('réviser');
    expect(JSON.stringify(cardsOf(review))).toContain('3.1 Julie Patrimoine');
    const fields = await typed('modifier 3.1');
    const commands = submits(fields).map((s) => (s.data as Json).action as Json | undefined).filter((a) => a?.kind === 'command');
    expect(commands.map((a) => a!.text)).toEqual(['modifier 3.1.1', 'modifier 3.1.2', 'modifier 3.1.3']);
    const handle = submits(fields).find((s) => ((s.data as Json).action as Json | undefined)?.text === 'modifier 3.1.3')!;
    const question = await press(handle.data);
    expect(textOf(question)).toContain('@juliepatrimoine');
    const back = await typed('@julie.p');
    expect(textOf(back)).toContain('Révision — étape 1');
    const step = (await repositories.plans.get(tenantId)).step(1);
    expect(groupItems(step.answers.influencers)).toMatchObject([{ name: 'Julie Patrimoine', platform: 'instagram', handle: '@julie.p' }]);
  });
});
