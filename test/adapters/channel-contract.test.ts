// One contract for every chat platform (src/core/ports/channel.ts), run against Slack (its real
// Bolt mount and a fake Web API), Teams (the real CloudAdapter and a fake Bot Connector) and the
// console: the same expectations for a post to a person, a post to a channel, channel lookups, a
// target the platform does not know, and stop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleChannel } from '../../adapters/console/channel.js';
import type { Channel } from '../../src/core/ports/channel.js';
import type { Engine } from '../../src/core/ports/engine.js';
import { parseTenantId, type TenantId } from '../../src/core/tenant-id.js';
import { useTestDatabase } from '../support/mongo.js';
import { startSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { CHANNEL_ID, alice, teamChannelRecord } from '../support/teams-activities.js';
import { textOf } from '../support/teams-cards.js';
import { startTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { asTenant } from '../support/tenant.js';
import { engineOf } from '../support/engine-doubles.js';

const { db } = useTestDatabase();
const silentEngine: Engine = engineOf(async () => []);
const message = [{ kind: 'text' as const, text: 'Contract check: the webinar is tomorrow' }];

/** One platform under the contract, with what a test needs to arrange and to observe. */
interface Fixture {
  channel: Channel;
  tenantId: TenantId;
  person: string;
  /** The channel id posts go to, and how a user names it. */
  knownChannel: { id: string; typed: string };
  /** Makes the platform answer the next lookup as it would for `knownChannel`. */
  arrangeKnown(): Promise<void>;
  /** A channel name the platform has no channel for, answered as such. */
  arrangeUnknown(): Promise<string>;
  /** Everything the person, or the channel, received so far, as text. */
  received(where: 'person' | 'channel'): string[];
  close(): Promise<void>;
}

async function slackFixture(): Promise<Fixture> {
  const h: SlackHarness = await startSlackHarness({ db, engine: silentEngine });
  const knownChannel = { id: 'C0COMMS1', typed: '<#C0COMMS1|communications>' };
  return {
    channel: h.slack,
    tenantId: asTenant('slack:T1'),
    person: 'U0MARIE',
    knownChannel,
    async arrangeKnown() {
      h.api.script('conversations.info', { body: { ok: true, channel: { id: knownChannel.id, name: 'communications', is_member: true } } });
    },
    async arrangeUnknown() {
      h.api.script('conversations.list', { body: { ok: true, channels: [], response_metadata: { next_cursor: '' } } });
      return '#inexistant';
    },
    received: (where) =>
      h.api
        .callsOf('chat.postMessage')
        .filter((call) => call.args.channel === (where === 'person' ? 'U0MARIE' : knownChannel.id))
        .map((call) => String(call.args.text)),
    close: () => h.close(),
  };
}

async function teamsFixture(): Promise<Fixture> {
  const h: TeamsHarness = await startTeamsHarness({ db, engine: silentEngine });
  // Boussole was added to the channel: Teams told it the conversation, which it keeps.
  const record = teamChannelRecord(h.connector.url);
  await h.repositories.teamsConversations.remember(record);
  return {
    channel: h.teams,
    tenantId: record.tenantId,
    person: alice.aadObjectId,
    knownChannel: { id: CHANNEL_ID, typed: CHANNEL_ID },
    arrangeKnown: async () => {},
    arrangeUnknown: async () => '19:inexistant@thread.tacv2',
    received: (where) =>
      (where === 'channel' ? h.connector.for(CHANNEL_ID) : h.connector.created.flatMap((chat) => h.connector.for(chat.id))).map(textOf),
    close: () => h.close(),
  };
}

async function consoleFixture(): Promise<Fixture> {
  const printed: string[] = [];
  return {
    channel: consoleChannel((text) => printed.push(text)),
    tenantId: asTenant('console:local'),
    person: 'marie',
    knownChannel: { id: '#rappels', typed: '#rappels' },
    arrangeKnown: async () => {},
    // The console keeps any name it is given (there is nothing to check): only a blank one names nothing.
    arrangeUnknown: async () => '  ',
    received: (where) => printed.filter((text) => text.includes(where === 'person' ? '→ @marie]' : '→ ##rappels]')),
    close: async () => {},
  };
}

describe.each([
  ['Slack', slackFixture],
  ['Teams', teamsFixture],
  ['the console', consoleFixture],
])('the channel contract, on %s', (_name, start) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await start();
  });
  afterAll(async () => f.close());

  it('serves the tenants of its own platform', () => {
    expect(parseTenantId(f.tenantId)?.platform).toBe(f.channel.platform);
  });

  it('posts to a person, who receives the message', async () => {
    expect(await f.channel.notifier.post({ kind: 'user', tenantId: f.tenantId, userId: f.person }, message, 'contract-person')).toEqual({ ok: true, duplicate: false });
    expect(f.received('person').join('\n')).toContain('the webinar is tomorrow');
  });

  it('posts to a channel, which receives the message', async () => {
    expect(await f.channel.notifier.post({ kind: 'channel', tenantId: f.tenantId, channelId: f.knownChannel.id }, message, 'contract-channel')).toEqual({ ok: true, duplicate: false });
    expect(f.received('channel').join('\n')).toContain('the webinar is tomorrow');
  });

  it('finds a channel where it can post, by the name a user types', async () => {
    await f.arrangeKnown();
    expect(await f.channel.directory.lookup(f.tenantId, f.knownChannel.typed)).toMatchObject({ ok: true, channelId: f.knownChannel.id });
  });

  it('says when a channel does not exist', async () => {
    const typed = await f.arrangeUnknown();
    expect(await f.channel.directory.lookup(f.tenantId, typed)).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('declines a target it does not know, without throwing and without posting', async () => {
    const stranger = f.channel.platform === 'console' ? asTenant('slack:T1') : asTenant('console:local');
    const before = f.received('person').length + f.received('channel').length;
    const outcome = await f.channel.notifier.post({ kind: 'user', tenantId: stranger, userId: f.person }, message, 'contract-stranger');
    expect(outcome.ok).toBe(false);
    expect(f.received('person').length + f.received('channel').length).toBe(before);
  });

  it('stops, and stopping again is harmless', async () => {
    await expect(f.channel.stop()).resolves.toBeUndefined();
    await expect(f.channel.stop()).resolves.toBeUndefined();
  });
});
