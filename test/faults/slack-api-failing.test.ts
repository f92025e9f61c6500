// Case 3: Slack's Web API answers 500, 429 with Retry-After, or hangs, while a person types
// `/boussole step 1` in a channel (the dialogue goes to their DM through chat.postMessage).
import { beforeEach, describe, expect, it } from 'vitest';
import { commandBody, sign } from '../support/slack-requests.js';
import {
  logLines,
  useFaultHarness,
} from '../support/fault-harness.js';

const fault = useFaultHarness();
beforeEach(() => fault().slack.reset());

/** `/boussole step 1` in channel C1: Slack's HTTP answer and how long it took. */
async function command(user: string, responseId: string): Promise<{ status: number; ackMs: number; sentAt: number }> {
  const signed = sign(commandBody('step 1', { user, channel: 'C1', responseUrl: fault().slack.responseUrl(responseId) }), 'application/x-www-form-urlencoded');
  const started = performance.now();
  const response = await fetch(`${fault().base}/slack/events`, { method: 'POST', headers: signed.headers, body: signed.body });
  return { status: response.status, ackMs: Math.round(performance.now() - started), sentAt: started };
}

const dmPostsTo = (user: string) => fault().slack.callsOf('chat.postMessage').filter((c) => c.args.channel === `D${user}`);
const keywordsQuestion = (call: { args: Record<string, unknown> }) => JSON.stringify(call.args).includes('Which keywords should we watch');

describe('the Slack Web API failing', () => {
  it('answering 500 once: the command is acknowledged at once, the post is retried and arrives', async () => {
    fault().slack.script('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
    const ack = await command('U500', 'r500');
    expect(ack.status).toBe(200);
    const [failed, retried] = await fault().slack.waitFor(() => dmPostsTo('U500').length >= 2 && dmPostsTo('U500'), 20_000, 'a second attempt');
    expect(keywordsQuestion(retried!)).toBe(true);
    // The person in the channel is pointed to the DM, as on a good day.
    const pointed = await fault().slack.waitFor(() => fault().slack.responses.find((r) => r.id === 'r500'), 20_000, 'the pointer to the DM');
    expect(String(pointed.body.text)).toContain('continue in a direct message');
    console.info(`[fault 3] Slack 500 once: acknowledged in ${ack.ackMs} ms; retried ${Math.round(retried!.at - failed!.at)} ms later and delivered`);
  });

  it('answering 500 every time: the person is told in place to try again, in one readable log line', async () => {
    for (let i = 0; i < 5; i++) fault().slack.script('chat.postMessage', { status: 500, body: { ok: false, error: 'internal_error' } });
    const ack = await command('UDOWN', 'rdown');
    expect(ack.status).toBe(200);
    const told = await fault().slack.waitFor(() => fault().slack.responses.find((r) => r.id === 'rdown'), 30_000, 'a reply through response_url');
    expect(told.body).toMatchObject({ response_type: 'ephemeral', text: 'Sorry, something went wrong on our side. Please try again in a moment.' });
    // The first attempt and the client's two retries, no more.
    expect(dmPostsTo('UDOWN')).toHaveLength(3);
    const failures = logLines(fault().boussole.output()).filter((l) => l.msg === '/boussole failed' && l.user === 'UDOWN');
    expect(failures).toHaveLength(1);
    expect(JSON.stringify(failures[0])).not.toContain('unable to serialize');
    console.info(`[fault 3] Slack 500 every time: acknowledged in ${ack.ackMs} ms; the person told through response_url ${Math.round(told.at - ack.sentAt)} ms after the command`);
  });

  it('answering 429 with Retry-After: the post waits as told, then arrives', async () => {
    fault().slack.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const ack = await command('U429', 'r429');
    expect(ack.status).toBe(200);
    const [limited, retried] = await fault().slack.waitFor(() => dmPostsTo('U429').length >= 2 && dmPostsTo('U429'), 20_000, 'a second attempt');
    expect(keywordsQuestion(retried!)).toBe(true);
    // Retry-After: 1 was honoured, not hammered.
    expect(retried!.at - limited!.at).toBeGreaterThanOrEqual(900);
    // Then the person in the channel is pointed to the DM: no apology, since nothing failed for them.
    const pointed = await fault().slack.waitFor(() => fault().slack.responses.find((r) => r.id === 'r429'), 20_000, 'the pointer to the DM');
    expect(String(pointed.body.text)).toContain('continue in a direct message');
    expect(fault().slack.responses.filter((r) => r.id === 'r429')).toHaveLength(1);
    console.info(`[fault 3] Slack 429 Retry-After 1: acknowledged in ${ack.ackMs} ms; retried ${Math.round(retried!.at - limited!.at)} ms later and delivered`);
  });

  it('hanging: the command is acknowledged at once and the post goes through on a second attempt', async () => {
    fault().slack.script('chat.postMessage', { delayMs: 15_000, body: { ok: true, channel: 'DUHANG', ts: '1.1' } });
    const ack = await command('UHANG', 'rhang');
    expect(ack.status).toBe(200);
    const [hung, retried] = await fault().slack.waitFor(() => dmPostsTo('UHANG').length >= 2 && dmPostsTo('UHANG'), 40_000, 'a second attempt');
    expect(keywordsQuestion(retried!)).toBe(true);
    console.info(`[fault 3] Slack hanging: acknowledged in ${ack.ackMs} ms; the post abandoned and sent again ${Math.round(retried!.at - hung!.at)} ms later`);
  });
});
