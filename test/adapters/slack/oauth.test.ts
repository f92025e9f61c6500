// OAuth mode: the install flow through /slack/install and /slack/oauth_redirect with a fake
// oauth.v2.access, the installation in MongoDB, the installer as owner, the installation's token
// used for that workspace, and app_uninstalled / tokens_revoked removing it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dmMessage } from '../../support/slack-requests.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { slackTestEngine, type SlackTestEngine } from '../../support/slack-test-engine.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
let h: SlackHarness;
let engine: SlackTestEngine;

beforeAll(async () => {
  engine = slackTestEngine(db);
  h = await startSlackHarness({ db, engine, mode: 'oauth' });
});
afterAll(async () => h.close());

function oauthAccess(team: string, token: string, botUser: string) {
  return {
    body: {
      ok: true,
      app_id: 'A1',
      authed_user: { id: 'UINSTALLER' },
      scope: 'channels:read,chat:write,commands,files:write,groups:read,im:history,im:write,users:read',
      token_type: 'bot',
      access_token: token,
      bot_user_id: botUser,
      team: { id: team, name: `Team ${team}` },
      enterprise: null,
      is_enterprise_install: false,
    },
  };
}

async function install(team: string, token: string, botUser: string): Promise<Response> {
  const start = await fetch(`${h.url}/slack/install`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const location = new URL(start.headers.get('location')!);
  expect(location.searchParams.get('scope')!.split(',').sort()).toEqual(['channels:read', 'chat:write', 'commands', 'files:write', 'groups:read', 'im:history', 'im:write', 'users:read']);
  const state = location.searchParams.get('state')!;
  const cookie = start.headers.get('set-cookie')!.split(';')[0]!;
  h.api.script('oauth.v2.access', oauthAccess(team, token, botUser));
  return fetch(`${h.url}/slack/oauth_redirect?code=the-code&state=${encodeURIComponent(state)}`, { headers: { cookie }, redirect: 'manual' });
}

const installations = () => db.collection('slack_installations');

describe('installing through OAuth', () => {
  it('stores the installation, creates the tenant and makes the installer an owner', async () => {
    const res = await install('T9', 'xoxb-oauth-T9', 'UB9');
    expect(res.status).toBe(200);
    const access = h.api.callsOf('oauth.v2.access').at(-1)!;
    expect(access.args).toMatchObject({ code: 'the-code', client_id: '111.222' });
    const stored = await installations().findOne({ _id: asTenant('slack:T9') as never });
    expect(stored).toMatchObject({ tenantId: asTenant('slack:T9'), teamId: 'T9', installerUserId: 'UINSTALLER', bot: { token: 'xoxb-oauth-T9', userId: 'UB9', id: 'BBOT' } });
    const tenant = await h.repositories.tenants.findOne(asTenant('slack:T9'));
    expect(tenant).toMatchObject({ platform: 'slack', externalId: 'T9', name: 'Team T9', locale: 'en', owners: ['UINSTALLER'] });
  });

  it('refuses a callback whose state is not this browser’s, storing nothing', async () => {
    h.api.script('oauth.v2.access', oauthAccess('T666', 'xoxb-evil', 'UB666'));
    const exchanges = h.api.callsOf('oauth.v2.access').length;
    const res = await fetch(`${h.url}/slack/oauth_redirect?code=c&state=forged-state`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(h.api.callsOf('oauth.v2.access')).toHaveLength(exchanges);
    expect(await installations().countDocuments({ _id: asTenant('slack:T666') as never })).toBe(0);
    h.api.reset();
  });

  it('uses the installation’s token for that workspace', async () => {
    await h.event(dmMessage('hello from nine', { user: 'U1' }), { team: 'T9' });
    const post = await h.api.waitFor(() => h.api.callsOf('chat.postMessage').find((c) => c.args.text === 'You said: hello from nine'), 5000, 'the reply');
    expect(post.token).toBe('xoxb-oauth-T9');
  });

  it('tells a workspace without an installation to try again, and calls no engine', async () => {
    const before = (await engine.turns()).length;
    const res = await h.command('status', { team: 'TNONE', responseId: 'none' });
    expect(res.status).toBe(200);
    const told = await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'none'), 5000, 'the message');
    expect(told.body.text).toMatch(/try again/);
    expect((await engine.turns()).length).toBe(before);
  });
});

describe('removal', () => {
  it('app_uninstalled deletes the installation; later events are refused', async () => {
    const res = await h.event({ type: 'app_uninstalled' }, { team: 'T9' });
    expect(res.status).toBe(200);
    await expectGone(asTenant('slack:T9'));
    const before = (await engine.turns()).length;
    const after = await h.event(dmMessage('still there?', { user: 'U1' }), { team: 'T9' });
    expect(after.status).toBe(200);
    expect((await engine.turns()).length).toBe(before);
    // The tenant's plan and settings stay for a reinstall.
    expect(await h.repositories.tenants.findOne(asTenant('slack:T9'))).not.toBeNull();
  });

  it('tokens_revoked for the bot deletes the installation; a revoked user token does not', async () => {
    expect((await install('T10', 'xoxb-oauth-T10', 'UB10')).status).toBe(200);

    await h.event({ type: 'tokens_revoked', tokens: { oauth: ['USOMEONE'] } }, { team: 'T10' });
    await new Promise((r) => setTimeout(r, 300));

    expect(await installations().countDocuments({ _id: asTenant('slack:T10') as never })).toBe(1);
    await h.event({ type: 'tokens_revoked', tokens: { bot: ['UB10'] } }, { team: 'T10' });
    await expectGone(asTenant('slack:T10'));
  });
});

async function expectGone(id: string): Promise<void> {
  const until = Date.now() + 3000;
  while ((await installations().countDocuments({ _id: id as never })) > 0) {
    if (Date.now() > until) throw new Error(`${id} was not removed`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
