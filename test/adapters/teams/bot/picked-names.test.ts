// A person picked in a Teams card is kept with their display name, read from the roster once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedActivity } from '../../../support/fake-bot-connector.js';
import { useTestDatabase } from '../../../support/mongo.js';
import { alice, bob, personalMessage, submitted } from '../../../support/teams-activities.js';
import { submitData } from '../../../support/teams-cards.js';
import { startTeamsHarness, type TeamsHarness } from '../../../support/teams-harness.js';
import { createTestEngine, type TestEngine } from '../../../support/teams-test-engine.js';

const database = useTestDatabase();
let harness: TeamsHarness;
let engine: TestEngine;
const chat = `a:personal-${alice.aadObjectId}`;

beforeAll(async () => {
  engine = createTestEngine(database.db);
  harness = await startTeamsHarness({ db: database.db, engine });
  harness.connector.addMember({ id: bob.id, aadObjectId: bob.aadObjectId, name: bob.name });
});
afterAll(async () => harness.close());

async function send(input: { text?: string; value?: unknown }): Promise<ReceivedActivity> {
  const before = harness.connector.for(chat).length;
  expect((await harness.post(personalMessage({ serviceUrl: harness.connector.url, ...input }))).status).toBe(200);
  const received = await harness.connector.waitFor(chat, before + 1);
  return received[received.length - 1]!;
}

const pickedValues = async () => (await engine.answers()).filter((a) => a.key === 'user').map((a) => a.value);

describe('a person picked in a Teams card', () => {
  it('reaches the engine with their roster name beside the id, asked of Teams once per process', async () => {
    for (let i = 0; i < 2; i++) {
      const card = await send({ text: 'ask user' });
      await send({ value: submitted(submitData(card, 'Send'), { answer: bob.aadObjectId }) });
    }
    expect(await pickedValues()).toEqual([
      { kind: 'user', id: bob.aadObjectId, name: 'Bob Gagnon' },
      { kind: 'user', id: bob.aadObjectId, name: 'Bob Gagnon' },
    ]);
    expect(harness.connector.memberLookups()).toBe(1);
  });

  it('keeps the bare id when Teams does not know the person in this conversation', async () => {
    const card = await send({ text: 'ask user' });
    await send({ value: submitted(submitData(card, 'Send'), { answer: 'aad-stranger' }) });
    expect((await pickedValues()).at(-1)).toEqual({ kind: 'user', id: 'aad-stranger' });
  });
});
