// A message turn writes the conversation's reference only when it changed: through the real
// botbuilder CloudAdapter, two turns of one chat leave the stored reference as the first wrote it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTenantId } from '../../../../src/core/tenant-id.js';
import { useTestDatabase } from '../../../support/mongo.js';
import { AAD_TENANT, alice, personalMessage } from '../../../support/teams-activities.js';
import { startTeamsHarness, type TeamsHarness } from '../../../support/teams-harness.js';
import { createTestEngine } from '../../../support/teams-test-engine.js';

const database = useTestDatabase();
let harness: TeamsHarness;
const chat = `a:personal-${alice.aadObjectId}`;
const tenantId = makeTenantId('teams', `${AAD_TENANT}:personal:${alice.aadObjectId}`);

beforeAll(async () => {
  harness = await startTeamsHarness({ db: database.db, engine: createTestEngine(database.db) });
});
afterAll(async () => harness.close());

async function send(locale = 'en-US'): Promise<void> {
  const before = harness.connector.for(chat).length;
  expect((await harness.post(personalMessage({ serviceUrl: harness.connector.url, text: 'hello', locale }))).status).toBe(200);
  await harness.connector.waitFor(chat, before + 1);
}

const stored = () => database.db.collection('teams_conversation_references').findOne({ tenantId, conversationId: chat });

describe('the conversation reference of a Teams chat', () => {
  it('is written by the first turn and left alone by a second turn that changes nothing', async () => {
    await send();
    const first = await stored();
    expect(first).toMatchObject({ active: true, kind: 'personal', reference: { locale: 'en-US' } });
    await send();
    expect(await stored()).toEqual(first);
  });

  it('is written again when the reference changed (here, the client’s language)', async () => {
    const before = await stored();
    await send('fr-CA');
    const after = await stored();
    expect(after).toMatchObject({ reference: { locale: 'fr-CA' } });
    expect(after!.updatedAt).not.toEqual(before!.updatedAt);
  });

  it('is written again after this process marked the conversation unreachable, making it active again', async () => {
    await harness.repositories.teamsConversations.markInactive(tenantId, chat, 'test: 403 from Teams');
    expect(await stored()).toMatchObject({ active: false });
    await send('fr-CA');
    expect(await stored()).toMatchObject({ active: true });
  });
});
