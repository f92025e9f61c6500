import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../support/mongo.js';
import { startTeamsHarness, type TeamsHarness } from '../../../support/teams-harness.js';
import { createTestEngine } from '../../../support/teams-test-engine.js';
import { AAD_TENANT, CHANNEL_ID, TEAM_ID, alice, bob, channelMessage, installationUpdate, personalMessage, teamChannelRecord } from '../../../support/teams-activities.js';
import { cardsOf, submitData, textOf } from '../../../support/teams-cards.js';
import { asTenant } from '../../../support/tenant.js';

const database = useTestDatabase();
let harness: TeamsHarness;
const teamTenant = asTenant(`teams:${AAD_TENANT}:${TEAM_ID}`);
const reminder = [{ kind: 'text' as const, text: '**Reminder**: post the _webinar_ video tomorrow at 10:00' }];

beforeAll(async () => {
  harness = await startTeamsHarness({ db: database.db, engine: createTestEngine(database.db), notifier: { rateLimitRetries: 2, rateLimitDelayMs: 20 } });
  expect((await harness.post(installationUpdate({ serviceUrl: harness.connector.url, user: bob }))).status).toBe(200);
});
afterAll(async () => harness.close());
beforeEach(async () => {
  harness.connector.reset();
  await harness.repositories.teamsConversations.remember(teamChannelRecord(harness.connector.url));
});

describe('the Teams notifier', () => {
  it('posts a card into the stored channel conversation through continueConversationAsync', async () => {
    const outcome = await harness.teams.notifier.post({ kind: 'channel', tenantId: teamTenant, channelId: CHANNEL_ID }, reminder, 'k1');
    expect(outcome).toEqual({ ok: true, duplicate: false });
    const [post] = harness.connector.for(CHANNEL_ID);
    expect(post!.conversationId).toBe(CHANNEL_ID);
    expect(textOf(post!)).toContain('**Reminder**');
    expect(cardsOf(post!)[0]!.fallbackText).toContain('Reminder: post the webinar video');
  });

  it('lets anyone in the channel use the buttons of a channel post', async () => {
    await harness.teams.notifier.post(
      { kind: 'channel', tenantId: teamTenant, channelId: CHANNEL_ID },
      [{ kind: 'buttons', text: 'Staff policy', buttons: [{ label: 'I have read the policy', action: { kind: 'command', text: 'ack' } }] }],
      'k2',
    );
    const data = submitData(harness.connector.for(CHANNEL_ID)[0]!, 'I have read the policy');
    expect(data.user).toBe('*');
  });

  it('marks the conversation inactive on a 403 and tells an owner at their next message, once', async () => {
    harness.connector.failAlways(CHANNEL_ID, 403);
    const outcome = await harness.teams.notifier.post({ kind: 'channel', tenantId: teamTenant, channelId: CHANNEL_ID }, reminder, 'k3');
    expect(outcome).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(await harness.repositories.teamsConversations.byConversation(teamTenant, CHANNEL_ID)).toMatchObject({ active: false });
    expect(harness.connector.attempts.filter((a) => a.conversationId === CHANNEL_ID)).toHaveLength(1);
    // Later posts are not even attempted.
    expect(await harness.teams.notifier.post({ kind: 'channel', tenantId: teamTenant, channelId: CHANNEL_ID }, reminder, 'k4')).toMatchObject({ reason: 'forbidden' });
    expect(harness.connector.attempts.filter((a) => a.conversationId === CHANNEL_ID)).toHaveLength(1);
    harness.connector.failAlways(CHANNEL_ID, undefined);

    // Bob installed Boussole in the team: he owns it. He writes in another channel of the team.
    const other = '19:other-channel@thread.tacv2';
    await harness.post(channelMessage({ serviceUrl: harness.connector.url, user: bob, conversationId: other, text: 'status', locale: 'en-US' }));
    await expect.poll(() => harness.connector.received.filter((r) => r.conversationId.startsWith(other)).length).toBe(1);
    const reply = harness.connector.received.find((r) => r.conversationId.startsWith(other))!;
    expect(textOf(reply)).toContain(`I can’t post in the conversation`);
    expect(textOf(reply)).toContain(CHANNEL_ID);
    await harness.post(channelMessage({ serviceUrl: harness.connector.url, user: bob, conversationId: other, text: 'status', locale: 'en-US' }));
    await expect.poll(() => harness.connector.received.filter((r) => r.conversationId.startsWith(other)).length).toBe(2);
    expect(textOf(harness.connector.received.filter((r) => r.conversationId.startsWith(other))[1]!)).not.toContain('can’t post in');
    // A message from the channel itself proves Boussole is back: the reference is active again.
    await harness.post(channelMessage({ serviceUrl: harness.connector.url, user: alice, text: 'hello' }));
    await expect.poll(async () => (await harness.repositories.teamsConversations.byConversation(teamTenant, CHANNEL_ID))?.active).toBe(true);
  });

  it('retries a 429 a bounded number of times', async () => {
    harness.connector.failNext(CHANNEL_ID, 429, 429);
    expect(await harness.teams.notifier.post({ kind: 'channel', tenantId: teamTenant, channelId: CHANNEL_ID }, reminder, 'k5')).toEqual({ ok: true, duplicate: false });
    expect(harness.connector.for(CHANNEL_ID)).toHaveLength(1);
    harness.connector.failAlways(CHANNEL_ID, 429);
    expect(await harness.teams.notifier.post({ kind: 'channel', tenantId: teamTenant, channelId: CHANNEL_ID }, reminder, 'k6')).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect(harness.connector.attempts.filter((a) => a.status === 429)).toHaveLength(2 + 3);
  });

  it('reports a 401 as an authentication failure and logs it clearly', async () => {
    harness.connector.failAlways(CHANNEL_ID, 401);
    expect(await harness.teams.notifier.post({ kind: 'channel', tenantId: teamTenant, channelId: CHANNEL_ID }, reminder, 'k7')).toMatchObject({ ok: false, reason: 'auth' });
    expect(harness.logs.some((l) => l.level === 'error' && String(l.msg).includes('check MICROSOFT_APP_ID'))).toBe(true);
    expect(await harness.repositories.teamsConversations.byConversation(teamTenant, CHANNEL_ID)).toMatchObject({ active: true });
  });

  it('posts to a user in their personal chat, opening one through Teams when Boussole has none yet', async () => {
    const outcome = await harness.teams.notifier.post({ kind: 'user', tenantId: teamTenant, userId: alice.aadObjectId }, reminder, 'k8');
    expect(outcome).toEqual({ ok: true, duplicate: false });
    expect(harness.connector.created).toHaveLength(1);
    expect(harness.connector.created[0]!.parameters).toMatchObject({ isGroup: false, members: [{ id: alice.aadObjectId }], tenantId: AAD_TENANT });
    const chat = harness.connector.created[0]!.id;
    expect(textOf(harness.connector.for(chat)[0]!)).toContain('Reminder');
    // The new chat is remembered: the next post goes straight there.
    await harness.teams.notifier.post({ kind: 'user', tenantId: teamTenant, userId: alice.aadObjectId }, reminder, 'k9');
    expect(harness.connector.created).toHaveLength(1);
    expect(harness.connector.for(chat)).toHaveLength(2);
    expect(submitDataOrNull(harness.connector.for(chat)[0]!)).toBeNull();
  });

  it('says so when Boussole has no reference for the target', async () => {
    expect(await harness.teams.notifier.post({ kind: 'channel', tenantId: teamTenant, channelId: '19:unknown@thread.tacv2' }, reminder, 'k10')).toMatchObject({
      ok: false,
      reason: 'channel-not-found',
    });
    expect(await harness.teams.notifier.post({ kind: 'user', tenantId: asTenant('teams:nobody'), userId: 'x' }, reminder, 'k11')).toMatchObject({ ok: false, reason: 'channel-not-found' });
    expect(harness.connector.attempts).toHaveLength(0);
  });

  it('reaches the personal chat a user opened by writing to Boussole', async () => {
    await harness.post(personalMessage({ serviceUrl: harness.connector.url, user: bob, text: 'hello' }));
    const chat = `a:personal-${bob.aadObjectId}`;
    await harness.connector.waitFor(chat);
    const tenant = asTenant(`teams:${AAD_TENANT}:personal:${bob.aadObjectId}`);
    expect(await harness.teams.notifier.post({ kind: 'user', tenantId: tenant, userId: bob.aadObjectId }, reminder, 'k12')).toEqual({ ok: true, duplicate: false });
    await harness.connector.waitFor(chat, 2);
    expect(harness.connector.created).toHaveLength(0);
  });
});

function submitDataOrNull(received: Parameters<typeof submitData>[0]) {
  try {
    return submitData(received, 'x');
  } catch {
    return null;
  }
}
