// The Slack endpoint through the real Bolt ExpressReceiver on a real HTTP server: signatures,
// timestamps, malformed bodies, acknowledgement and deduplication of repeated deliveries.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commandBody, dmMessage, eventBody, interactionBody } from '../../support/slack-requests.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { slackTestEngine, type SlackTestEngine } from '../../support/slack-test-engine.js';
import { useTestDatabase } from '../../support/mongo.js';

const { db } = useTestDatabase();
let h: SlackHarness;
let engine: SlackTestEngine;

beforeAll(async () => {
  engine = slackTestEngine(db);
  h = await startSlackHarness({ db, engine });
});
afterAll(async () => h.close());
beforeEach(() => h.api.reset());

const turnCount = async () => (await engine.turns()).length;

describe('request verification', () => {
  it('refuses a forged signature with 401 and stores nothing', async () => {
    const before = await turnCount();
    const res = await h.post(commandBody('status', { responseUrl: h.api.responseUrl('forged') }), 'application/x-www-form-urlencoded', { secret: 'not-the-secret' });
    expect(res.status).toBe(401);
    expect(await turnCount()).toBe(before);
    expect(await db.collection('processed_keys').countDocuments({})).toBe(0);
    expect(h.api.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  });

  it('refuses a correctly signed request older than 5 minutes with 401 (replay)', async () => {
    const before = await turnCount();
    const keysBefore = await db.collection('processed_keys').countDocuments({});
    const res = await h.post(commandBody('status', { responseUrl: h.api.responseUrl('stale') }), 'application/x-www-form-urlencoded', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    expect(await turnCount()).toBe(before);
    expect(await db.collection('processed_keys').countDocuments({})).toBe(keysBefore);
    expect(h.api.responses).toEqual([]);
  });

  it('refuses an unsigned request with 401', async () => {
    const res = await h.post(commandBody('status', { responseUrl: h.api.responseUrl('x') }), 'application/x-www-form-urlencoded', { unsigned: true });
    expect(res.status).toBe(401);
  });
});

describe('malformed input', () => {
  it('answers 400 to a signed body that is not JSON, without crashing', async () => {
    const res = await h.post('{"type": "event_callback", ', 'application/json');
    expect(res.status).toBe(400);
    const again = await h.command('hello', { responseId: 'after-400' });
    expect(again.status).toBe(200);
    await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'after-400'), 5000, 'the answer after a 400');
  });

  it('answers 400 to an interaction whose payload field is not JSON', async () => {
    const res = await h.post(new URLSearchParams({ payload: '{not json' }).toString(), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(400);
  });

  it('tells the user clearly when a button value was altered, and calls no engine', async () => {
    const before = await turnCount();
    const res = await h.interaction({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'U1' },
      trigger_id: 'trig-forged-button',
      channel: { id: 'DU1' },
      response_url: h.api.responseUrl('forged-button'),
      actions: [{ action_id: 'bsl.btn.0', block_id: 'b', type: 'button', value: '{"kind":"answer","ref":{"step":99},"value":"<script>"}', action_ts: '1' }],
    });
    expect(res.status).toBe(200);
    const told = await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'forged-button'), 5000, 'the refusal');
    expect(told.body.text).toMatch(/couldn’t read that button/);
    expect(told.body.response_type).toBe('ephemeral');
    expect(await turnCount()).toBe(before);
  });

  it('ignores a block_actions payload without actions (200, nothing happens)', async () => {
    const res = await h.post(interactionBody({ type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1' }, actions: [] }), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
  });
});

describe('the slash command', () => {
  it('acknowledges at once with an empty 200, then answers through response_url', async () => {
    const res = await h.command('hello there', { responseId: 'hello', channel: 'DU1' });
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const answer = await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'hello'), 5000, 'the answer');
    expect(answer.body.text).toBe('You said: hello there');
    expect(answer.body.response_type).toBe('in_channel');
    const turn = (await engine.turns()).at(-1)!;
    expect(turn.event).toMatchObject({ tenant: { platform: 'slack', id: 'T1' }, user: { id: 'U1', isAdmin: false }, conversation: { id: 'DU1', kind: 'direct' }, input: { kind: 'command', text: 'hello there' } });
  });

  it('acknowledges within Slack’s 3 seconds even when the database is slow', async () => {
    // The test engine takes 3.5 s on "slow", as a turn does when the database is slow.
    const res = await h.command('slow', { responseId: 'slow', channel: 'DU9', user: 'U9' });
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(1000);
    const answer = await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'slow'), 15_000, 'the slow answer');
    expect(answer.body.text).toBe('You said: slow');
  });

  it('has one effect when the same command is delivered twice (same trigger_id)', async () => {
    const before = await turnCount();
    const first = await h.command('once', { triggerId: 'trig-dup-1', responseId: 'dup' });
    const second = await h.command('once', { triggerId: 'trig-dup-1', responseId: 'dup' });
    expect([first.status, second.status]).toEqual([200, 200]);
    await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'dup'), 5000, 'the answer');
    await new Promise((r) => setTimeout(r, 300));
    expect(await turnCount()).toBe(before + 1);
    expect(h.api.responses.filter((r) => r.id === 'dup')).toHaveLength(1);
    // Slack never retries a command: its trigger id is claimed in memory, not with a database write.
    expect(await db.collection('processed_keys').countDocuments({ _id: /^slack:cmd:/ } as never)).toBe(0);
  });

  it('reports isAdmin and the language from users.info', async () => {
    h.api.users.set('UADM', { is_admin: true, locale: 'fr-CA', real_name: 'Admin Person' });
    await h.command('who', { user: 'UADM', channel: 'DUADM', responseId: 'adm' });
    await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'adm'), 5000, 'the answer');
    const turn = (await engine.turns()).at(-1)!;
    expect(turn.event.user).toEqual({ id: 'UADM', isAdmin: true, name: 'Admin Person' });
    expect(turn.event.locale).toBe('fr');
  });
});

describe('events', () => {
  it('passes a DM message to the engine and answers in the DM', async () => {
    const res = await h.event(dmMessage('my answer', { user: 'U2' }));
    expect(res.status).toBe(200);
    const post = await h.api.waitFor(() => h.api.callsOf('chat.postMessage').find((c) => c.args.channel === 'DU2'), 5000, 'the DM reply');
    expect(post.args.text).toBe('You said: my answer');
    expect(post.token).toBe('xoxb-test-single-workspace-token');
  });

  it('has one effect when Slack retries an event (X-Slack-Retry-Num, same event_id)', async () => {
    const before = await turnCount();
    const body = eventBody(dmMessage('retried', { user: 'U3' }), { eventId: 'EvRETRY1' });
    await h.post(body, 'application/json');
    await h.post(body, 'application/json', { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await h.api.waitFor(() => h.api.callsOf('chat.postMessage').find((c) => c.args.channel === 'DU3'), 5000, 'the reply');
    await new Promise((r) => setTimeout(r, 300));
    expect(await turnCount()).toBe(before + 1);
    expect(h.api.callsOf('chat.postMessage').filter((c) => c.args.channel === 'DU3')).toHaveLength(1);
  });

  it('ignores edits, bot messages and messages outside DMs', async () => {
    const before = await turnCount();
    await h.event({ ...dmMessage('edited'), subtype: 'message_changed' });
    await h.event({ ...dmMessage('from a bot'), bot_id: 'B9' });
    await h.event({ ...dmMessage('in a channel'), channel_type: 'channel', channel: 'C1' });
    await new Promise((r) => setTimeout(r, 300));
    expect(await turnCount()).toBe(before);
  });
});
