// The Slack notifier against the fake Web API: each Slack error becomes an outcome the caller can
// act on, owners hear about what they can fix (once), rate limits are retried a bounded number
// of times honouring Retry-After, and nothing loops.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SlackNotifier } from '../../../adapters/slack/notifier.js';
import { createLogger } from '../../../src/log/logger.js';
import { ensureIndexes } from '../../../src/store/repository.js';
import { createRepositories } from '../../../src/app/repositories.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
const repositories = createRepositories(db);
const logs: Array<Record<string, unknown>> = [];
const log = createLogger({
  level: 'debug',
  format: 'json',
  destination: new Writable({
    write(chunk: Buffer, _e, done) {
      for (const l of chunk.toString().split('\n')) if (l.trim()) logs.push(JSON.parse(l) as Record<string, unknown>);
      done();
    },
  }),
});
const TOKEN = 'xoxb-notifier-token';
const TENANT = asTenant('slack:T1');
let api: FakeSlackApi;
let notifier: SlackNotifier;
const platformError = (error: string) => ({ body: { ok: false, error } });
const channelTarget = { kind: 'channel' as const, tenantId: TENANT, channelId: 'C42' };
const reply = [{ kind: 'text' as const, text: '**Reminder**: post the video at 10:00' }];

beforeAll(async () => {
  api = await startFakeSlackApi();
  await ensureIndexes([repositories.tenants, repositories.processedKeys, repositories.userPrefs]);
  await repositories.tenants.ensure({ _id: TENANT, tenantId: TENANT, platform: 'slack', externalId: 'T1', locale: 'en', timeZone: 'America/Toronto', owners: ['UOWNER1', 'UOWNER2'], channels: {}, reminders: { leadMinutes: [60], followUp: false }, digest: { weekday: 1, hour: 9 } });
  notifier = new SlackNotifier({ tokens: { tokenFor: async (t) => (t === TENANT ? TOKEN : undefined) }, tenants: repositories.tenants, userPrefs: repositories.userPrefs, processedKeys: repositories.processedKeys, log, slackApiUrl: api.apiUrl, maxWaitSeconds: 2 });
});
afterAll(async () => api.close());
beforeEach(async () => {
  api.reset();
  logs.length = 0;
  await db.collection('processed_keys').deleteMany({});
});

const ownerNotices = () => api.callsOf('chat.postMessage').filter((c) => String(c.args.channel).startsWith('UOWNER'));

describe('delivery', () => {
  it('posts the rendered message with the tenant’s token', async () => {
    expect(await notifier.post(channelTarget, reply, 'k1')).toEqual({ ok: true, duplicate: false });
    const [call] = api.callsOf('chat.postMessage');
    expect(call!.token).toBe(TOKEN);
    expect(call!.args.channel).toBe('C42');
    expect(JSON.stringify(call!.args.blocks)).toContain('*Reminder*: post the video at 10:00');
  });

  it('posts to a user’s DM and uploads a document there with files.uploadV2', async () => {
    const outcome = await notifier.post({ kind: 'user', tenantId: TENANT, userId: 'U7' }, [{ kind: 'text', text: 'Your digest' }, { kind: 'document', title: 'Digest', filename: 'digest.md', markdown: '# Week 12' }], 'k2');
    expect(outcome.ok).toBe(true);
    expect(api.callsOf('chat.postMessage')[0]!.args.channel).toBe('U7');
    expect(api.callsOf('files.getUploadURLExternal')[0]!.args).toMatchObject({ filename: 'digest.md', length: '9' });
    expect(api.uploads[0]!.bytes.toString()).toBe('# Week 12');
    expect(api.callsOf('files.completeUploadExternal')[0]!.args).toMatchObject({ channel_id: 'DU7' });
  });

  it('speaks to a person in their Boussole language, the team’s being English', async () => {
    await repositories.userPrefs.setLocale(TENANT, 'U8', 'fr');
    const ref = { step: 10, key: 'kpi', turn: 1 };
    const question = { kind: 'question' as const, ref, context: 'Étape 10', prompt: 'Combien d’abonnés ?', input: { kind: 'number' as const, integer: true }, buttons: [] };
    await notifier.post({ kind: 'user', tenantId: TENANT, userId: 'U8' }, [question], 'k-fr');
    await notifier.post({ kind: 'user', tenantId: TENANT, userId: 'U9' }, [question], 'k-en');
    const [french, english] = api.callsOf('chat.postMessage').map((c) => JSON.stringify(c.args.blocks));
    expect(french).toContain('Tapez votre réponse ici.');
    expect(english).toContain('Type your answer here.');
  });

  it('says the workspace has no installation without calling Slack', async () => {
    expect(await notifier.post({ kind: 'channel', tenantId: asTenant('slack:TOTHER'), channelId: 'C1' }, reply, 'k3')).toMatchObject({ ok: false, reason: 'auth' });
    expect(api.calls).toEqual([]);
  });

  it('declines a tenant of another platform', async () => {
    expect(await notifier.post({ kind: 'channel', tenantId: asTenant('teams:x'), channelId: 'C1' }, reply, 'k4')).toMatchObject({ ok: false, reason: 'unknown' });
  });
});

describe('errors the owners can fix', () => {
  for (const [error, reason, words] of [
    ['not_in_channel', 'not-in-channel', '/invite @Boussole'],
    ['channel_not_found', 'channel-not-found', 'no longer exists'],
    ['is_archived', 'archived', 'archived'],
  ] as const) {
    it(`${error}: returns ${reason}, logs what to do, and tells each owner once`, async () => {
      api.script('chat.postMessage', platformError(error));
      expect(await notifier.post(channelTarget, reply, `k-${error}`)).toEqual({ ok: false, reason, detail: error });
      expect(ownerNotices().map((c) => c.args.channel)).toEqual(['UOWNER1', 'UOWNER2']);
      expect(String(ownerNotices()[0]!.args.text)).toContain(words);
      expect(logs.some((l) => l.level === 'error' && l.reason === reason && String(l.msg).startsWith('Slack notification not sent'))).toBe(true);
      // The same failure again: reported to the caller, not to the owners a second time.
      api.script('chat.postMessage', platformError(error));
      expect(await notifier.post(channelTarget, reply, `k-${error}-2`)).toMatchObject({ ok: false, reason });
      expect(ownerNotices()).toHaveLength(2);
    });
  }

  it('does not loop when telling the owners fails too', async () => {
    api.script('chat.postMessage', platformError('not_in_channel'), platformError('account_inactive'), platformError('account_inactive'));
    expect(await notifier.post(channelTarget, reply, 'k-loop')).toMatchObject({ ok: false, reason: 'not-in-channel' });
    expect(api.callsOf('chat.postMessage')).toHaveLength(3);
  });
});

describe('errors nobody in the workspace can fix by a message', () => {
  for (const error of ['account_inactive', 'invalid_auth'] as const) {
    it(`${error}: returns auth and tells no owner (the token is dead)`, async () => {
      api.script('chat.postMessage', platformError(error));
      expect(await notifier.post(channelTarget, reply, `k-${error}`)).toEqual({ ok: false, reason: 'auth', detail: error });
      expect(api.callsOf('chat.postMessage')).toHaveLength(1);
      expect(logs.find((l) => l.level === 'error')!.msg).toMatch(/reinstall Boussole/);
    });
  }
});

describe('rate limits', () => {
  it('waits Retry-After and retries, then delivers', async () => {
    api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const started = Date.now();
    expect(await notifier.post(channelTarget, reply, 'k-rl-1')).toEqual({ ok: true, duplicate: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(api.callsOf('chat.postMessage')).toHaveLength(2);
  });

  it('gives up after a bounded number of attempts with rate-limited', async () => {
    const limited = { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
    api.script('chat.postMessage', limited, limited, limited, limited);
    expect(await notifier.post(channelTarget, reply, 'k-rl-2')).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect(api.callsOf('chat.postMessage')).toHaveLength(3);
    expect(ownerNotices()).toHaveLength(0);
  });

  it('does not sleep through a Retry-After longer than allowed: the caller retries later', async () => {
    api.script('chat.postMessage', { status: 429, headers: { 'retry-after': '120' }, body: { ok: false, error: 'ratelimited' } });
    const started = Date.now();
    expect(await notifier.post(channelTarget, reply, 'k-rl-3')).toMatchObject({ ok: false, reason: 'rate-limited' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('maps a `ratelimited` error in a 200 answer too', async () => {
    api.script('chat.postMessage', platformError('ratelimited'), platformError('ratelimited'), platformError('ratelimited'));
    expect(await notifier.post(channelTarget, reply, 'k-rl-4')).toMatchObject({ ok: false, reason: 'rate-limited' });
  });
});

it('never writes the token into the logs', () => {
  expect(JSON.stringify(logs)).not.toContain(TOKEN);
});
