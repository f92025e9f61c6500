// Cases 5 and 6: fifty people answering step 1 at the same moment (25 in Teams personal chats, 25
// in Slack workspaces of their own, all on 127.0.0.1), then a SIGTERM in the middle of such a wave.
// Every answer is read back from the database, by person.
import { describe, expect, it } from 'vitest';
import {
  leakedSecrets,
  logLines,
  personalChat,
  personalTenant,
  serverPids,
  slackPost,
  slackSay,
  teamsPost,
  teamsSay,
  teamsUser,
  useFaultHarness,
  waitForNoServer,
} from '../support/fault-harness.js';

const fault = useFaultHarness();

const PEOPLE = 50;
interface Person {
  n: number;
  tenantId: string;
  say(text: string): Promise<{ text: string }>;
  /** Only the platform's request: Boussole's HTTP status, 0 when the connection was refused. */
  post(text: string): Promise<number>;
}

const statusOf = (response: Promise<Response>) =>
  response.then(
    (r) => r.status,
    () => 0,
  );

const people: Person[] = Array.from({ length: PEOPLE }, (_, i) => {
  const n = i + 1;
  if (n % 2 === 0) {
    const user = teamsUser(n);
    return {
      n,
      tenantId: personalTenant(user),
      say: (text) => teamsSay(fault(), user, text, 'en-US', 60_000),
      post: (text) => statusOf(teamsPost(fault(), user, text)),
    };
  }
  // One workspace each: in Slack a workspace shares one plan.
  return {
    n,
    tenantId: `slack:T${n}`,
    say: (text) => slackSay(fault(), `U${n}`, text, 60_000, `T${n}`),
    post: (text) => statusOf(slackPost(fault(), `U${n}`, text, `T${n}`)),
  };
});

type Plan = { steps?: Record<string, { answers?: Record<string, unknown> }> };
async function step1Answers(): Promise<Map<string, Record<string, unknown>>> {
  const plans = (await fault().db
    .collection('plans')
    .find({ tenantId: { $in: people.map((p) => p.tenantId) } })
    .toArray()) as unknown as Array<Plan & { tenantId: string }>;
  return new Map(plans.map((p) => [p.tenantId, p.steps?.['1']?.answers ?? {}]));
}

describe('fifty people at once', () => {
  it('case 5: every answer of 50 simultaneous people is read back, none lost, none given to someone else', async () => {
    await Promise.all(people.map((p) => p.say('step 1')));
    const started = performance.now();
    const replies = await Promise.all(people.map(async (p) => ({ p, reply: await p.say(`keyword-of-person-${p.n}`) })));
    const wallMs = Math.round(performance.now() - started);
    for (const { reply } of replies) expect(reply.text).toContain('competitors');
    const stored = await step1Answers();
    const lost = people.filter((p) => JSON.stringify(stored.get(p.tenantId)) !== JSON.stringify({ keywords: [`keyword-of-person-${p.n}`] }));
    expect(lost.map((p) => ({ n: p.n, stored: stored.get(p.tenantId) }))).toEqual([]);
    // Every reply went to the person who wrote, in their own conversation.
    for (const p of people.filter((q) => q.n % 2 === 0)) {
      for (const received of fault().connector.for(personalChat(teamsUser(p.n)))) {
        expect(JSON.stringify(received.activity)).not.toMatch(new RegExp(`keyword-of-person-(?!${p.n}\\b)\\d+`));
      }
    }
    expect(logLines(fault().boussole.output()).filter((l) => l.level === 'error' || l.level === 'fatal')).toEqual([]);
    console.info(`[fault 5] ${PEOPLE} simultaneous answers (25 Teams, 25 Slack) all replied within ${wallMs} ms; lost 0, misattributed 0`);
  });

  it('case 6: a SIGTERM during such a wave exits 0, leaves no process, and no answer half-written', async () => {
    // The second answer of step 1, fifty at once; the SIGTERM lands while they are being handled.
    const sent = people.map(async (p) => ({ p, status: await p.post(`competitor-of-person-${p.n}`) }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    fault().boussole.child.kill('SIGTERM');
    expect(await fault().boussole.exited).toBe(0);
    expect(fault().boussole.output()).toContain('stopped cleanly');
    const outcomes = await Promise.all(sent);
    await waitForNoServer(fault().dataDir, 5000);
    expect(await serverPids(fault().dataDir)).toEqual([]);

    await fault().restart();
    const stored = await step1Answers();
    // Each person's dialogue cursor, kept in their team's plan (plan/cursors.ts).
    const plans = await fault().db
      .collection('plans')
      .find({ tenantId: { $in: people.map((p) => p.tenantId) } })
      .toArray();
    const sessions = plans.map((plan) => ({ tenantId: plan.tenantId as string, ...(Object.values(plan.cursors as Record<string, { dialogue: object }>)[0]!.dialogue as { position: unknown }) }));
    let saved = 0;
    let accepted = 0;
    for (const { p, status } of outcomes) {
      const answers = stored.get(p.tenantId)!;
      const competitors = answers.competitors as string[] | undefined;
      // Each answer is there whole or not at all, and never someone else's.
      expect([undefined, JSON.stringify([`competitor-of-person-${p.n}`])]).toContain(competitors && JSON.stringify(competitors));
      expect(answers.keywords).toEqual([`keyword-of-person-${p.n}`]);
      // A message Boussole accepted (HTTP 200: the platform will not send it again) is stored;
      // one it refused (connection closed, 503) is sent again by the platform.
      if (status === 200) {
        accepted += 1;
        expect(competitors).toBeDefined();
      }
      // The session agrees with the plan: moved past the question exactly when the answer is stored.
      const session = sessions.find((s) => s.tenantId === p.tenantId)!;
      const node = (session.position as { node?: number }).node;
      expect(competitors ? node! >= 2 : node === 1).toBe(true);
      if (competitors) saved += 1;
    }
    expect(leakedSecrets(fault().allOutput())).toEqual([]);
    console.info(`[fault 6] SIGTERM during ${PEOPLE} simultaneous answers: exit 0; ${accepted} accepted and ${saved} stored whole before the stop, ${PEOPLE - accepted} refused for the platform to resend; lost 0, half-written 0; no FerretDB left`);
  });
});
