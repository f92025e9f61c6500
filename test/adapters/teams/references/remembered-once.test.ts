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

async function send(locale = 'en-US'): Promise<string> {
  const before = harness.connector.for(chat).length;
  expect((await harness.post(personalMessage({ serviceUrl: harness.connector.url, text: 'hello', locale }))).status).toBe(200);
  const received = await harness.connector.waitFor(chat, before + 1);
  return JSON.stringify(received.slice(before).map((r) => r.activity));
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

describe('the owners’ notice of an unreachable conversation', () => {
  it('comes once, on the next turn after this process marked a conversation unreachable, though turns in between skip the question', async () => {
    const other = 'a:other-chat-of-the-tenant';
    const reference = { serviceUrl: harness.connector.url, channelId: 'msteams', conversation: { id: other }, bot: { id: '28:boussole-bot' } };
    await harness.repositories.teamsConversations.remember({ tenantId, conversationId: other, kind: 'group', reference });
    expect(await send('fr-CA')).not.toContain(other);
    await harness.repositories.teamsConversations.markInactive(tenantId, other, 'test: 403 from Teams');
    expect(await send('fr-CA')).toContain(other);
    expect(await send('fr-CA')).not.toContain(other);
  });
});
