// Channels named in settings or in step 7 are checked on the team's platform before they are kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackChannelDirectory } from '../../adapters/slack/channel-directory.js';
import { TeamsChannelDirectory } from '../../adapters/teams/channel-directory.js';
import { RoutingChannelDirectory } from '../../src/app/channel-directory.js';
import type { InboundEvent } from '../../src/core/events.js';
import { createLogger } from '../../src/log/logger.js';
import { applyPlanChannels } from '../../src/settings/apply-plan-channels.js';
import { settingsCommand } from '../../src/settings/settings-command.js';
import { SettingsService } from '../../src/settings/settings-service.js';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.js';
import { useTestDatabase } from '../support/mongo.js';
import { createAllRepositories, type AllRepositories } from '../support/repositories.js';
import { asTenant } from '../support/tenant.js';
import type { TenantId } from '../../src/core/tenant-id.js';

const { db } = useTestDatabase();
let api: FakeSlackApi;
let r: AllRepositories;
let directory: RoutingChannelDirectory;
let settings: SettingsService;

const tenantDefaults = (tenantId: TenantId, platform: 'slack' | 'teams') => ({
  _id: tenantId,
  tenantId,
  platform,
  externalId: tenantId.split(':')[1]!,
  locale: 'fr' as const,
  timeZone: 'America/Toronto',
  owners: ['U1'],
  channels: {},
  reminders: { leadMinutes: [1440, 60], followUp: false },
  digest: { weekday: 1, hour: 9 },
});

beforeAll(async () => {
  api = await startFakeSlackApi();
  r = createAllRepositories(db);
  await r.tenants.ensure(tenantDefaults(asTenant('slack:T1'), 'slack'));
  await r.tenants.ensure(tenantDefaults(asTenant('teams:tid:team1'), 'teams'));
  directory = new RoutingChannelDirectory()
    .register('slack', new SlackChannelDirectory({ tokenFor: async () => 'xoxb-t1' }, createLogger({ level: 'silent', format: 'json' }), api.apiUrl))
    .register('teams', new TeamsChannelDirectory(r.teamsConversations));
  settings = new SettingsService(r.tenants, () => undefined);
});
afterAll(async () => api.close());

function ctx(tenantId: TenantId, conversationId = 'D1') {
  const event: InboundEvent = {
    tenant: { platform: tenantId.startsWith('slack') ? 'slack' : 'teams', id: tenantId.split(':').slice(1).join(':') },
    user: { id: 'U1', isAdmin: true },
    conversation: { id: conversationId, kind: 'channel' },
    input: { kind: 'command', text: 'settings' },
  };
  return { tenantId, user: { id: 'U1', isOwner: true }, locale: 'fr' as const, timeZone: 'America/Toronto', now: new Date(), answers: async () => ({}), event, startForm: () => Promise.reject(new Error('no form expected')) };
}
const text = (replies: Array<{ kind: string; text?: string }>) => replies.map((x) => x.text ?? '').join('\n');

describe('settings channel … on Slack', () => {
  const command = () => settingsCommand(settings, directory);

  it('refuses a channel that does not exist, or without Boussole, and keeps the old setting', async () => {
    api.script('conversations.list', { body: { ok: true, channels: [], response_metadata: { next_cursor: '' } } });
    expect(text(await command().run('canal rappels #inexistant', ctx(asTenant('slack:T1'))))).toContain('Je ne trouve pas le canal «\u00a0inexistant\u00a0»');
    api.script('conversations.info', { body: { ok: true, channel: { id: 'C0OUT1', name: 'dehors', is_member: false } } });
    expect(text(await command().run('canal rappels <#C0OUT1|dehors>', ctx(asTenant('slack:T1'))))).toContain('/invite @Boussole');
    expect((await r.tenants.findOne(asTenant('slack:T1'), { _id: asTenant('slack:T1') }))!.channels.reminders).toBeUndefined();
  });

  it('keeps a channel where Boussole can post, by its id', async () => {
    api.script('conversations.info', { body: { ok: true, channel: { id: 'C0COMMS1', name: 'communications', is_member: true } } });
    expect(text(await command().run('canal rappels <#C0COMMS1|communications>', ctx(asTenant('slack:T1'))))).toContain('Réglage enregistré');
    expect((await r.tenants.findOne(asTenant('slack:T1'), { _id: asTenant('slack:T1') }))!.channels.reminders).toBe('C0COMMS1');
  });
});

describe('step 7’s channels', () => {
  it('become the team’s settings when they check out, and the others are explained', async () => {
    api.script('conversations.info', { body: { ok: true, channel: { id: 'C0ALERT1', name: 'alertes', is_member: true } } });
    api.script('conversations.list', { body: { ok: true, channels: [{ id: 'C0VEILLE', name: 'veille', is_member: false }], response_metadata: { next_cursor: '' } } });
    const notes = await applyPlanChannels(asTenant('slack:T1'), { alertsChannel: '<#C0ALERT1|alertes>', digestChannel: '#veille' }, directory, settings);
    expect(notes.map((n) => n.fr)).toEqual([
      '📣 #alertes recevra les alertes de commentaires.',
      expect.stringContaining('⚠️ le résumé hebdomadaire\u00a0: Boussole n’est pas membre de #veille'),
    ]);
    const tenant = (await r.tenants.findOne(asTenant('slack:T1'), { _id: asTenant('slack:T1') }))!;
    expect(tenant.channels.alerts).toBe('C0ALERT1');
    expect(tenant.channels.digest).toBeUndefined();
  });
});

describe('Teams channels', () => {
  it('are named with `ici` in the channel itself, where Boussole has a conversation reference', async () => {
    const reference = { serviceUrl: 'https://smba.example.test/', channelId: 'msteams', conversation: { id: '19:chan@thread.tacv2' }, bot: { id: '28:bot' } };
    await r.teamsConversations.remember({ tenantId: asTenant('teams:tid:team1'), conversationId: '19:chan@thread.tacv2', kind: 'channel', reference });
    const here = ctx(asTenant('teams:tid:team1'), '19:chan@thread.tacv2');
    expect(text(await settingsCommand(settings, directory).run('canal resume ici', here))).toContain('Réglage enregistré');
    expect((await r.tenants.findOne(asTenant('teams:tid:team1'), { _id: asTenant('teams:tid:team1') }))!.channels.digest).toBe('19:chan@thread.tacv2');
    expect(text(await settingsCommand(settings, directory).run('canal alertes ici', ctx(asTenant('teams:tid:team1'), 'a-personal-chat')))).toContain('Je ne trouve pas le canal');
  });
});
