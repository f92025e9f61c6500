// Editing one field of one list item from the review, through Slack: `edit 3.1` offers the
// item's fields as buttons, the button clicked reopens that field, and only it changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction } from '../../../adapters/slack/action-codec.js';
import type { Action } from '../../../src/core/events.js';
import { groupItems } from '../../../src/core/dialogue/values.js';
import type { ApiCall } from '../../support/fake-slack-api.js';
import { blockActions } from '../../support/slack-requests.js';
import { said, slackDm } from '../../support/slack-dm.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { useTestDatabase } from '../../support/mongo.js';
import { seedStepInProgress } from '../../support/seed-step.js';
import { quietBoussole } from '../../support/quiet-boussole.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
let h: SlackHarness;
const DM = 'DU1';

beforeAll(async () => {
  const boussole = await quietBoussole(db, 'en');
  h = await startSlackHarness({ db, engine: boussole.engine });
  await seedStepInProgress(db, boussole.repositories, asTenant('slack:T1'), 1);
});
afterAll(async () => h.close());

const { turn, type } = slackDm(() => h, DM);

function buttons(calls: ApiCall[]) {
  return calls
    .flatMap((c) => (c.args.blocks as Array<{ elements?: Array<Record<string, unknown>> }> | undefined) ?? [])
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.type === 'button')
    .map((e) => ({ element: e, action: decodeAction(e.value) as Action | undefined }));
}

describe('one field of one list item, through Slack', () => {
  it('`edit 3.1` shows the item’s fields as buttons; clicking one reopens only that field', async () => {
    await type('step 1');
    const review = await type('review');
    expect(said(review)).toContain('3.1 Julie Patrimoine');
    const fields = await type('edit 3.1');
    const offered = buttons(fields).filter((b) => b.action?.kind === 'command');
    expect(offered.map((b) => (b.action as Extract<Action, { kind: 'command' }>).text)).toEqual(['edit 3.1.1', 'edit 3.1.2', 'edit 3.1.3']);
    const handle = offered[2]!.element;
    const question = await turn(() => h.interaction(blockActions({ actions: [{ type: 'button', action_id: String(handle.action_id), block_id: 'b1', value: handle.value }] })));
    expect(said(question)).toContain('@juliepatrimoine');
    const back = await type('@julie.p');
    expect(said(back)).toContain('Review — step 1');
    const step = (await h.repositories.plans.get(asTenant('slack:T1'))).step(1);
    expect(groupItems(step.answers.influencers)).toMatchObject([{ name: 'Julie Patrimoine', platform: 'instagram', handle: '@julie.p' }]);
  });
});
