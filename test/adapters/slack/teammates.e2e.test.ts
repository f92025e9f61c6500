// Two teammates on the same step through Slack, each in their DM with Boussole: an answer given
// from a view that is no longer current is not applied blindly; the choice comes as buttons, and
// the one clicked is honoured (issue 10, case 6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction } from '../../../adapters/slack/action-codec.js';
import type { Action } from '../../../src/core/events.js';
import type { ApiCall } from '../../support/fake-slack-api.js';
import { useTestDatabase } from '../../support/mongo.js';
import { quietBoussole } from '../../support/quiet-boussole.js';
import { said, slackDm } from '../../support/slack-dm.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { blockActions } from '../../support/slack-requests.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();
let h: SlackHarness;
const TENANT = asTenant('slack:T1');

beforeAll(async () => {
  const { engine } = await quietBoussole(db, 'en');
  h = await startSlackHarness({ db, engine });
});
afterAll(async () => h.close());

function person(user: string) {
  const dm = slackDm(() => h, `D${user}`, user);
  /** Clicks the button, among the replies, whose action is an answer with this choice. */
  const choose = (calls: ApiCall[], value: string) => {
    const button = calls
      .flatMap((c) => (c.args.blocks as Array<{ elements?: Array<Record<string, unknown>> }> | undefined) ?? [])
      .flatMap((b) => b.elements ?? [])
      .find((e) => {
        const action = e.type === 'button' ? (decodeAction(e.value) as Action | undefined) : undefined;
        return action?.kind === 'answer' && action.value.kind === 'choice' && action.value.value === value;
      });
    if (!button) throw new Error(`no “${value}” button in:\n${said(calls)}`);
    return dm.turn(() => h.interaction(blockActions({ user, actions: [{ type: 'button', action_id: String(button.action_id), block_id: 'b1', value: button.value }] })));
  };
  return { ...dm, choose };
}

describe('two teammates answering the same question in their Slack DMs', () => {
  it('the later answer from an older view asks first; “Keep the current answer” keeps the teammate’s, “Replace it with mine” stores mine', async () => {
    const anna = person('U41');
    const ben = person('U42');
    expect(said(await anna.type('step 1'))).toContain('Which keywords');
    await ben.type('step 1');
    await ben.type('Boussole, Laval');
    // Anna answers the keywords question as she still sees it.
    const conflict = await anna.type('University');
    expect(said(conflict)).toMatch(/changed this answer after you saw the question\. Current answer: Boussole, Laval\. Yours: University\./);
    expect((await h.repositories.plans.get(TENANT)).step(1).answers.keywords).toEqual(['Boussole', 'Laval']);
    const kept = await anna.choose(conflict, 'keep');
    expect(said(kept)).toContain('Current answer kept.');
    expect(said(kept)).toContain('Which competitors');
    expect((await h.repositories.plans.get(TENANT)).step(1).answers.keywords).toEqual(['Boussole', 'Laval']);

    // The other way: Ben changes the competitors Anna is looking at; she replaces them with hers.
    await ben.type('Concordia');
    const again = await anna.type('McGill');
    expect(said(again)).toMatch(/Current answer: Concordia\. Yours: McGill\./);
    const replaced = await anna.choose(again, 'replace');
    expect(said(replaced)).toMatch(/✓ Competitors and peers: McGill/);
    expect((await h.repositories.plans.get(TENANT)).step(1).answers).toMatchObject({ keywords: ['Boussole', 'Laval'], competitors: ['McGill'] });
  });
});
