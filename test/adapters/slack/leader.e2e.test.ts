// `leader` through Slack: `/boussole leader …` in a channel, answered there to the person alone, changing a step-8
// relationship status without reopening the step (issue 10, case 5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStep8 } from '../../../conversations/step-08-community.js';
import { said, slackDm } from '../../support/slack-dm.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { useTestDatabase } from '../../support/mongo.js';
import { quietBoussole } from '../../support/quiet-boussole.js';
import { seedCompletePlan } from '../../support/seed-plan.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
const TENANT = asTenant('slack:T1');
let h: SlackHarness;

beforeAll(async () => {
  const { engine, repositories } = await quietBoussole(db, 'en');
  await seedCompletePlan(db, repositories, TENANT);
  h = await startSlackHarness({ db, engine });
});
afterAll(async () => h.close());

/** A slash command typed in a channel: its answer comes back, visible only to the person, at its response URL. */
async function slash(text: string, responseId: string): Promise<string> {
  await h.command(text, { channel: 'C1', responseId });
  await h.api.waitFor(() => h.api.responses.some((r) => r.id === responseId) || undefined, 8000, 'the answer at the response URL');
  return JSON.stringify(h.api.responses.filter((r) => r.id === responseId).map((r) => r.body));
}

describe('leader through the Slack slash command', () => {
  it('lists the leaders, then changes one status and echoes it; step 8 stays complete', async () => {
    expect(await slash('leader', 'l1')).toContain('1. Julie Patrimoine, Instagram — Following');
    expect(await slash('leader julie relationship', 'l2')).toMatch(/Julie Patrimoine: Following → \*?Relationship\*?\./);
    const step8 = (await h.repositories.plans.get(TENANT)).step(8);
    expect(step8.status).toBe('complete');
    expect(readStep8(step8.answers).leaders.map((l) => l.status)).toEqual(['relationship']);
  });
});

describe('leader typed in the direct message with Boussole', () => {
  const { type } = slackDm(() => h, 'D-leader');
  const statuses = async () => readStep8((await h.repositories.plans.get(TENANT)).step(8).answers).leaders.map((l) => l.status);

  it('changes a status by number, and says from what to what', async () => {
    const before = await statuses();
    expect(before).toHaveLength(1);
    const reply = said(await type('leader 1 interacted'));
    expect(reply).toMatch(/Julie Patrimoine: \w[\w ]* → \*?Interacted\*?\./);
    expect(await statuses()).toEqual(['interacted']);
  });

  it('refuses an unknown status and an unknown leader in words, and changes nothing', async () => {
    expect(said(await type('leader julie friends'))).toContain('I don’t recognize the status “friends”. Statuses: Identified, Following, Interacted, Relationship.');
    expect(said(await type('leader Zoé relationship'))).toContain('I can’t find a leader “Zoé” in step 8. Leaders: 1. Julie Patrimoine.');
    expect(await statuses()).toEqual(['interacted']);
    expect((await h.repositories.plans.get(TENANT)).step(8).status).toBe('complete');
  });
});
