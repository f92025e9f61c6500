// Finding the channel a team names, on Slack's Web API (the fake one on 127.0.0.1).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackChannelDirectory } from '../../../adapters/slack/channel-directory.js';
import { createLogger } from '../../../src/log/logger.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { asTenant } from '../../support/tenant.js';

let api: FakeSlackApi;
let directory: SlackChannelDirectory;
beforeAll(async () => {
  api = await startFakeSlackApi();
  directory = new SlackChannelDirectory({ tokenFor: async (tenantId) => (tenantId === asTenant('slack:T1') ? 'xoxb-t1' : undefined) }, createLogger({ level: 'silent', format: 'json' }), api.apiUrl);
});
afterAll(async () => api.close());

describe('Slack channel lookup', () => {
  it('takes a channel picked with # (a mention) by its id, when Boussole is a member', async () => {
    api.script('conversations.info', { body: { ok: true, channel: { id: 'C0COMMS', name: 'communications', is_member: true } } });
    expect(await directory.lookup(asTenant('slack:T1'), '<#C0COMMS|communications>')).toEqual({ ok: true, channelId: 'C0COMMS', label: '#communications' });
    expect(api.callsOf('conversations.info').at(-1)!.args.channel).toBe('C0COMMS');
  });

  it('finds a typed #name across pages of conversations.list', async () => {
    api.script(
      'conversations.list',
      { body: { ok: true, channels: [{ id: 'C1', name: 'general', is_member: true }], response_metadata: { next_cursor: 'page2' } } },
      { body: { ok: true, channels: [{ id: 'C2', name: 'veille', is_member: true }], response_metadata: { next_cursor: '' } } },
    );
    expect(await directory.lookup(asTenant('slack:T1'), '#veille')).toEqual({ ok: true, channelId: 'C2', label: '#veille' });
    expect(api.callsOf('conversations.list').at(-1)!.args.cursor).toBe('page2');
  });

  it('says when Boussole is not in the channel, when it does not exist, and when Slack cannot tell', async () => {
    api.script('conversations.info', { body: { ok: true, channel: { id: 'C0OUT', name: 'dehors', is_member: false } } });
    expect(await directory.lookup(asTenant('slack:T1'), 'C0OUT1234')).toMatchObject({ ok: false, reason: 'not-member', detail: '#dehors' });
    api.script('conversations.info', { body: { ok: false, error: 'channel_not_found' } });
    expect(await directory.lookup(asTenant('slack:T1'), '<#C0GONE>')).toMatchObject({ ok: false, reason: 'not-found' });
    api.script('conversations.list', { body: { ok: true, channels: [], response_metadata: { next_cursor: '' } } });
    expect(await directory.lookup(asTenant('slack:T1'), '#inexistant')).toMatchObject({ ok: false, reason: 'not-found' });
    api.script('conversations.info', { body: { ok: false, error: 'missing_scope' } });
    expect(await directory.lookup(asTenant('slack:T1'), '<#C0SCOPE>')).toMatchObject({ ok: false, reason: 'unavailable', detail: 'missing_scope' });
    expect(await directory.lookup(asTenant('slack:UNKNOWN'), '#veille')).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});
