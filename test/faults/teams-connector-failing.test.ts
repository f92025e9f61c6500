// Case 4: the Bot Connector (Teams' REST API at the activity's serviceUrl) answers 5xx or hangs
// while Boussole replies to a person's message.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  logLines,
  personalChat,
  personalTenant,
  teamsPost,
  teamsUser,
  textOfActivity,
  useFaultHarness,
} from '../support/fault-harness.js';

const fault = useFaultHarness();
beforeEach(() => fault().connector.reset());

/** `step 1` typed by a new person: Teams' HTTP answer and how long it took. */
async function stepOne(n: number): Promise<{ chat: string; status: number; answeredMs: number; tenantId: string }> {
  const user = teamsUser(n);
  const started = performance.now();
  const response = await teamsPost(fault(), user, 'step 1');
  return { chat: personalChat(user), status: response.status, answeredMs: Math.round(performance.now() - started), tenantId: personalTenant(user) };
}

const attemptsOn = (chat: string) => fault().connector.attempts.filter((a) => a.conversationId === chat).map((a) => a.status);

describe('the Teams connector failing', () => {
  it('answering 502 once: the reply is posted again and arrives; Teams gets its 200', async () => {
    const chat = personalChat(teamsUser(502));
    fault().connector.failNext(chat, 502);
    const turn = await stepOne(502);
    expect(turn.status).toBe(200);
    expect(attemptsOn(chat)).toEqual([502, 201]);
    expect(textOfActivity(fault().connector.for(chat)[0]!)).toContain('Which keywords should we watch');
    console.info(`[fault 4] connector 502 once: Teams answered 200 in ${turn.answeredMs} ms; the reply retried and delivered`);
  });

  it('hanging: the post is abandoned in time and the person is told to try again, before Teams gives up on the request', async () => {
    const chat = personalChat(teamsUser(600));
    fault().connector.hangNext(chat, 30_000);
    const turn = await stepOne(600);
    expect(turn.status).toBe(200);
    const [told] = await fault().connector.waitFor(chat, 1, 10_000);
    expect(textOfActivity(told!)).toBe('I couldn’t handle your message just now. Please try again in a moment.');
    const failed = logLines(fault().boussole.output()).filter((l) => l.msg === 'Teams: a message could not be handled' && l.tenantId === turn.tenantId);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.err).toMatchObject({ name: 'ConnectorTimeout', message: expect.stringContaining('did not answer') });
    console.info(`[fault 4] connector hanging: Teams answered 200 in ${turn.answeredMs} ms, the person told to try again`);
  });

  it('answering 503 every time: nobody can be told, so the failure is one clear log line and Teams still gets an answer', async () => {
    const chat = personalChat(teamsUser(503));
    fault().connector.failAlways(chat, 503);
    const turn = await stepOne(503);
    expect(turn.status).toBe(200);
    // botbuilder's client tried more than once before giving up.
    expect(attemptsOn(chat).length).toBeGreaterThan(1);
    const failed = logLines(fault().boussole.output()).filter((l) => l.msg === 'Teams: a message could not be handled' && l.tenantId === turn.tenantId);
    expect(failed).toHaveLength(1);
    expect(JSON.stringify(failed[0])).not.toContain('unable to serialize');
    expect(failed[0]!.err).toMatchObject({ message: expect.any(String), stack: expect.any(String) });
    console.info(`[fault 4] connector 503 always: Teams answered 200 in ${turn.answeredMs} ms after ${attemptsOn(chat).length} attempts; one error line`);
  });
});
