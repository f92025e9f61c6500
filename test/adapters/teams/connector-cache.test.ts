import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import { CachingBotFrameworkAuthentication } from '../../../adapters/teams/connector-cache.js';
import { startFakeBotConnector, type FakeBotConnector } from '../../support/fake-bot-connector.js';

// Two regions' Bot Connectors: a client kept for one must never post to the other.
let amer: FakeBotConnector;
let emea: FakeBotConnector;
beforeAll(async () => {
  [amer, emea] = await Promise.all([startFakeBotConnector(), startFakeBotConnector()]);
});
afterAll(async () => {
  await Promise.all([amer.close(), emea.close()]);
});

// Unauthenticated (no app id), as in local emulation: botbuilder builds real clients, without tokens.
const auth = () => new CachingBotFrameworkAuthentication({ MicrosoftAppType: 'MultiTenant' });
const activity = (serviceUrl: string) => ({ type: 'message', serviceUrl, channelId: 'msteams', conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'b1' } }) as Activity;

describe('Bot Framework clients kept between turns', () => {
  it('gives the connector client of a service URL once, to every turn that comes through it', async () => {
    const bf = auth();
    const first = await bf.authenticateRequest(activity('https://smba.example/amer/'), '');
    const second = await bf.authenticateRequest(activity('https://smba.example/amer/'), '');
    const a = await first.connectorFactory!.create('https://smba.example/amer/', first.audience);
    const b = await second.connectorFactory!.create('https://smba.example/amer/', second.audience);
    expect(b).toBe(a);
    // Proactive posts (the notifier) go through createConnectorFactory: the same client.
    expect(await bf.createConnectorFactory(first.claimsIdentity).create('https://smba.example/amer/', first.audience)).toBe(a);
  });

  it('keeps one client per service URL: another region gets its own, which posts there', async () => {
    const bf = auth();
    const { connectorFactory, audience } = await bf.authenticateRequest(activity(amer.url), '');
    const toAmer = await connectorFactory!.create(amer.url, audience);
    const toEmea = await connectorFactory!.create(emea.url, audience);
    expect(toEmea).not.toBe(toAmer);
    await toAmer.conversations.sendToConversation('c-amer', { type: 'message', text: 'hello Americas' });
    await toEmea.conversations.sendToConversation('c-emea', { type: 'message', text: 'hello Europe' });
    await (await connectorFactory!.create(amer.url, audience)).conversations.sendToConversation('c-amer', { type: 'message', text: 'again' });
    expect(amer.for('c-amer').map((r) => r.activity.text)).toEqual(['hello Americas', 'again']);
    expect(emea.for('c-emea').map((r) => r.activity.text)).toEqual(['hello Europe']);
    expect(amer.for('c-emea')).toEqual([]);
    expect(emea.for('c-amer')).toEqual([]);
  });

  it('gives the user-token client once per app', async () => {
    const bf = auth();
    const { claimsIdentity } = await bf.authenticateRequest(activity('https://smba.example/amer/'), '');
    expect(await bf.createUserTokenClient(claimsIdentity)).toBe(await bf.createUserTokenClient(claimsIdentity));
  });
});
