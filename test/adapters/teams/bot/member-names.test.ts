// A person picked in a personal chat, where the roster is only the picker and Boussole: their name
// comes from their own chat with Boussole, so the plan never keeps a bare Azure AD id when Teams
// told Boussole who they are.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedActivity } from '../../../support/fake-bot-connector.js';
import { useTestDatabase } from '../../../support/mongo.js';
import { alice, personalMessage, submitted, type TestUser } from '../../../support/teams-activities.js';
import { submitData } from '../../../support/teams-cards.js';
import { startTeamsHarness, type TeamsHarness } from '../../../support/teams-harness.js';
import { createTestEngine, type TestEngine } from '../../../support/teams-test-engine.js';

const database = useTestDatabase();
let harness: TeamsHarness;
let engine: TestEngine;
// Not in the roster the fake Bot Connector answers: TeamsInfo.getMember fails for her.
const carol: TestUser = { id: '29:carol', aadObjectId: 'aad-carol-5e1f', name: 'Carole Bouchard' };

beforeAll(async () => {
  engine = createTestEngine(database.db);
  harness = await startTeamsHarness({ db: database.db, engine });
});
afterAll(async () => harness.close());

async function send(user: TestUser, input: { text?: string; value?: unknown }): Promise<ReceivedActivity> {
  const chat = `a:personal-${user.aadObjectId}`;
  const before = harness.connector.for(chat).length;
  expect((await harness.post(personalMessage({ serviceUrl: harness.connector.url, user, ...input }))).status).toBe(200);
  const received = await harness.connector.waitFor(chat, before + 1);
  return received[received.length - 1]!;
}

const lastPicked = async () => (await engine.answers()).filter((a) => a.key === 'user').at(-1)?.value;

describe('a person picked in a personal chat', () => {
  it('is kept with their id alone while Boussole has never heard of them', async () => {
    const card = await send(alice, { text: 'ask user' });
    await send(alice, { value: submitted(submitData(card, 'Send'), { answer: 'aad-nobody-known' }) });
    expect(await lastPicked()).toEqual({ kind: 'user', id: 'aad-nobody-known' });
  });

  it('is kept with the name Teams gave them in their own chat with Boussole, when the roster does not know them', async () => {
    await send(carol, { text: 'hello' });
    const card = await send(alice, { text: 'ask user' });
    await send(alice, { value: submitted(submitData(card, 'Send'), { answer: carol.aadObjectId }) });
    expect(await lastPicked()).toEqual({ kind: 'user', id: carol.aadObjectId, name: 'Carole Bouchard' });
  });
});
