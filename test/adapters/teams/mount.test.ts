import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/mongo.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-harness.js';
import { createTestEngine, type TestEngine } from '../../support/teams-test-engine.js';
import { AAD_TENANT, CHANNEL_ID, TEAM_ID, alice, bob, channelMessage, installationUpdate, personalMessage, submitted } from '../../support/teams-activities.js';
import { cardsOf, submitData, textOf } from '../../support/teams-cards.js';
import { asTenant } from '../../support/tenant.js';

const database = useTestDatabase();
let harness: TeamsHarness;
let engine: TestEngine;

beforeAll(async () => {
  engine = createTestEngine(database.db);
  harness = await startTeamsHarness({ db: database.db, engine });
});
afterAll(async () => {
  if (process.env.TEAMS_TEST_LOGS) console.log(JSON.stringify(harness.logs.filter((l) => l.level === "error"), null, 1).slice(0, 3000));
  await harness.close();
});
beforeEach(() => {
  harness.connector.reset();
  engine.events.length = 0;
});

const personal = `a:personal-${alice.aadObjectId}`;
const serviceUrl = () => harness.connector.url;

async function say(text: string, user = alice) {
  const before = harness.connector.for(`a:personal-${user.aadObjectId}`).length;
  const response = await harness.post(personalMessage({ serviceUrl: serviceUrl(), text, user }));
  expect(response.status).toBe(200);
  const received = await harness.connector.waitFor(`a:personal-${user.aadObjectId}`, before + 1);
  return received[received.length - 1]!;
}

describe('POST /api/messages through the CloudAdapter', () => {
  it('turns a personal-chat message into a message event and replies with an Adaptive Card to that activity', async () => {
    const activity = personalMessage({ serviceUrl: serviceUrl(), text: '  status  ' });
    expect((await harness.post(activity)).status).toBe(200);
    const [reply] = await harness.connector.waitFor(personal);
    expect(reply!.replyToId).toBe(activity.id);
    expect(textOf(reply!)).toContain('heard: status');
    expect(cardsOf(reply!)[0]).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(engine.events[0]).toMatchObject({
      tenant: { platform: 'teams', id: `${AAD_TENANT}:personal:${alice.aadObjectId}` },
      user: { id: alice.aadObjectId, name: alice.name, isAdmin: true },
      conversation: { id: personal, kind: 'direct' },
      locale: 'en',
      input: { kind: 'message', text: 'status' },
    });
  });

  it('strips the @mention in a channel and scopes the event to the team, the thread folded into the channel', async () => {
    expect((await harness.post(channelMessage({ serviceUrl: serviceUrl(), text: 'étape 2' }))).status).toBe(200);
    await expect.poll(() => harness.connector.received.length).toBe(1);
    expect(harness.connector.received[0]!.conversationId.startsWith(`${CHANNEL_ID};messageid=`)).toBe(true);
    expect(engine.events[0]).toMatchObject({
      tenant: { platform: 'teams', id: `${AAD_TENANT}:${TEAM_ID}` },
      user: { id: alice.aadObjectId, isAdmin: false },
      conversation: { id: CHANNEL_ID, kind: 'channel' },
      locale: 'fr',
      input: { kind: 'message', text: 'étape 2' },
    });
    const stored = await harness.repositories.teamsConversations.byConversation(asTenant(`teams:${AAD_TENANT}:${TEAM_ID}`), CHANNEL_ID);
    expect(stored).toMatchObject({ kind: 'channel', active: true, reference: { serviceUrl: serviceUrl(), conversation: { id: CHANNEL_ID } } });
  });

  it('carries a card answer to the engine, stores it once, and recognizes the same card sent again as stale', async () => {
    const question = await say('ask date');
    const data = submitData(question, 'Send');
    const first = personalMessage({ serviceUrl: serviceUrl(), value: submitted(data, { answer: '2026-03-15' }) });
    expect((await harness.post(first)).status).toBe(200);
    const saved = await harness.connector.waitFor(personal, 2);
    expect(textOf(saved[1]!)).toContain('saved date');
    const again = personalMessage({ serviceUrl: serviceUrl(), value: submitted(data, { answer: '2026-04-01' }) });
    expect((await harness.post(again)).status).toBe(200);
    const stale = await harness.connector.waitFor(personal, 3);
    expect(textOf(stale[2]!)).toContain('stale');
    const answers = (await engine.answers()).filter((a) => a.key === 'date');
    expect(answers).toEqual([expect.objectContaining({ userId: alice.aadObjectId, value: { kind: 'date', date: '2026-03-15' } })]);
  }, 20_000);

  it('handles a repeated activity id once', async () => {
    const activity = personalMessage({ serviceUrl: serviceUrl(), text: 'ask text' });
    const data = submitData(await (async () => {
      await harness.post(activity);
      return (await harness.connector.waitFor(personal))[0]!;
    })(), 'Send');
    const submission = personalMessage({ serviceUrl: serviceUrl(), value: submitted(data, { answer: 'journalists' }) });
    const responses = await Promise.all([harness.post(submission), harness.post(submission), harness.post(activity)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    await harness.connector.waitFor(personal, 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.connector.for(personal)).toHaveLength(2);
    expect((await engine.answers()).filter((a) => a.key === 'text')).toHaveLength(1);
  });

  it("refuses another user's submission with a clear message, without reaching the engine", async () => {
    const question = await say('ask text');
    const eventsBefore = engine.events.length;
    const bobsChat = `a:personal-${bob.aadObjectId}`;
    await harness.post(personalMessage({ serviceUrl: serviceUrl(), user: bob, value: submitted(submitData(question, 'Send'), { answer: 'not mine' }) }));
    const [refusal] = await harness.connector.waitFor(bobsChat);
    expect(textOf(refusal!)).toMatch(/This card is for someone else/);
    expect(engine.events.length).toBe(eventsBefore);
  });

  it('refuses forged and incomplete submissions with a clear message', async () => {
    const question = await say('ask date');
    const data = submitData(question, 'Send');
    const cases: Array<[unknown, RegExp]> = [
      [submitted(data), /^Pick a date, then send the card again\.$/],
      [submitted(data, { answer: 'next tuesday' }), /couldn’t read this card \(`?date/],
      [{ ...data, question: { ref: { step: 42, key: 'x', turn: 1 }, input: 'date' } }, /couldn’t read this card \(`?question\.ref\.step/],
      [{ ...data, question: undefined, action: { kind: 'control', control: 'self-destruct' } }, /couldn’t read this card \(`?control/],
      [{ hello: 'world' }, /don’t recognize this card/],
    ];
    const eventsBefore = engine.events.length;
    let count = harness.connector.for(personal).length;
    for (const [value, expected] of cases) {
      expect((await harness.post(personalMessage({ serviceUrl: serviceUrl(), value }))).status).toBe(200);
      const received = await harness.connector.waitFor(personal, ++count);
      expect(textOf(received[count - 1]!)).toMatch(expected);
    }
    expect(engine.events.length).toBe(eventsBefore);
    // The person's language, not the card's technical detail: a French client hears French.
    await harness.post(personalMessage({ serviceUrl: serviceUrl(), value: submitted(data), locale: 'fr-CA' }));
    const french = await harness.connector.waitFor(personal, ++count);
    expect(textOf(french[count - 1]!)).toBe('Choisissez une date, puis envoyez la carte de nouveau.');
  });

  it('answers malformed requests with 400 and ignores activity types it does not use', async () => {
    expect((await harness.post('{not json')).status).toBe(400);
    expect((await harness.post({ text: 'no type' })).status).toBe(400);
    const noServiceUrl = personalMessage({ serviceUrl: serviceUrl(), text: 'hi' });
    delete noServiceUrl.serviceUrl;
    const refused = await harness.post(noServiceUrl);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toEqual({ error: expect.stringMatching(/^malformed activity: serviceUrl/) });
    const typing = { ...personalMessage({ serviceUrl: serviceUrl() }), type: 'typing' };
    const odd = { ...personalMessage({ serviceUrl: serviceUrl() }), type: 'somethingNew' };
    expect((await harness.post(typing)).status).toBe(200);
    expect((await harness.post(odd)).status).toBe(200);
    expect((await harness.post({ ...personalMessage({ serviceUrl: serviceUrl(), text: 'hi' }), value: 'not an object' })).status).toBe(200);
    await harness.connector.waitFor(personal);
    expect(engine.events).toHaveLength(0);
    // The endpoint still serves afterwards.
    await say('still here');
  });

  it('stores the conversation on installation and makes the installer an owner of the tenant', async () => {
    expect((await harness.post(installationUpdate({ serviceUrl: serviceUrl(), user: bob }))).status).toBe(200);
    const tenantId = asTenant(`teams:${AAD_TENANT}:${TEAM_ID}`);
    const tenant = await harness.repositories.tenants.findOne(tenantId, { _id: tenantId });
    expect(tenant).toMatchObject({ platform: 'teams', externalId: `${AAD_TENANT}:${TEAM_ID}`, owners: [bob.aadObjectId] });
    const reference = await harness.repositories.teamsConversations.byConversation(tenantId, CHANNEL_ID);
    expect(reference).toMatchObject({ kind: 'channel', active: true, aadTenantId: AAD_TENANT });
    expect(harness.connector.received).toHaveLength(0);
  });

  it('says "try again" when the engine fails, and a retry of the same activity is handled', async () => {
    const activity = personalMessage({ serviceUrl: serviceUrl(), text: 'fail' });
    expect((await harness.post(activity)).status).toBe(200);
    const [sorry] = await harness.connector.waitFor(personal);
    expect(textOf(sorry!)).toMatch(/try again/);
    await harness.post(activity);
    await harness.connector.waitFor(personal, 2);
    expect(engine.events.filter((e) => e.input.kind === 'message' && e.input.text === 'fail')).toHaveLength(2);
  });
});
