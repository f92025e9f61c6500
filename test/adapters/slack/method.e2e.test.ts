// The real engine through Slack, end to end: `/boussole step 2` typed in a channel, the dialogue
// in the user's DM with typed answers and button clicks, the answers read back from MongoDB; then
// a user select (step 6) and date pickers (step 1). Everything goes through the real Bolt
// receiver with signed requests, and every reply through the fake Web API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction, decodeRefBlockId } from '../../../adapters/slack/action-codec.js';
import { buildEngine } from '../../../src/app/build-engine.js';
import type { Action } from '../../../src/core/events.js';
import { groupItems } from '../../../src/core/dialogue/values.js';
import type { ApiCall } from '../../support/fake-slack-api.js';
import { blockActions } from '../../support/slack-requests.js';
import { slackDm } from '../../support/slack-dm.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';
import { lazyEngine as builtLate } from '../../support/engine-doubles.js';
import { onTestDay } from '../../support/test-day.js';

const { db } = useTestDatabase();
let h: SlackHarness;
const TENANT = asTenant('slack:T1');
const DM = 'DU1';

beforeAll(async () => {
  const silent = { warn: () => {}, error: (obj: object, msg?: string) => console.error(msg, obj) };
  h = await startSlackHarness({ db, engine: lazyEngine(silent) });
});
afterAll(async () => h.close());

// The engine is built over the same repositories the harness creates (same database).
function lazyEngine(log: { warn(o: object, m?: string): void; error(o: object, m?: string): void }) {
  return builtLate(() => buildEngine({ repositories: h.repositories, defaults: { locale: 'en', timeZone: 'America/Toronto' }, log, clock: onTestDay }));
}

type Element = Record<string, unknown> & { type: string; action_id: string };
type Block = Record<string, unknown> & { type: string; block_id?: string; elements?: Element[]; text?: { text: string } };

const textOf = (call: ApiCall) => `${String(call.args.text)}\n${JSON.stringify(call.args.blocks ?? [])}`;
const { turn, type } = slackDm(() => h, DM);

function blocksOf(calls: ApiCall[]): Block[] {
  return calls.flatMap((c) => (c.args.blocks as Block[] | undefined) ?? []);
}

function buttons(calls: ApiCall[]): Array<{ element: Element; action: Action }> {
  return blocksOf(calls)
    .flatMap((b) => b.elements ?? [])
    .filter((e) => e.type === 'button' && String(e.action_id).startsWith('bsl.btn.'))
    .map((element) => ({ element, action: decodeAction(element.value)! }));
}

function click(calls: ApiCall[], match: (a: Action) => boolean) {
  const found = buttons(calls).find((b) => match(b.action));
  if (!found) throw new Error(`no such button in:\n${calls.map(textOf).join('\n')}`);
  return turn(() => h.interaction(blockActions({ actions: [{ type: 'button', action_id: found.element.action_id, block_id: 'b1', value: found.element.value }] })));
}

function picker(calls: ApiCall[], elementType: string): { blockId: string; element: Element } {
  for (const block of blocksOf(calls)) {
    const element = block.elements?.find((e) => e.type === elementType);
    if (element && block.block_id) return { blockId: block.block_id, element };
  }
  throw new Error(`no ${elementType} in:\n${calls.map(textOf).join('\n')}`);
}

const choice = (value: string) => (a: Action) => a.kind === 'answer' && a.value.kind === 'choice' && a.value.value === value;

const lastPrompt = (calls: ApiCall[]) => calls.map(textOf).join('\n');

describe('the method through Slack', () => {
  it('step 2 from the slash command: typed answers and button clicks, read back from MongoDB', async () => {
    const first = await turn(() => h.command('step 2', { channel: 'C1', responseId: 'step2' }));
    const pointer = await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'step2'), 5000, 'the pointer to the DM');
    expect(pointer.body.response_type).toBe('ephemeral');
    expect(String(pointer.body.text)).toContain('direct message');
    expect(lastPrompt(first)).toMatch(/Step 2/);

    await type('Journalists');
    let r = await type('Make our research known');
    r = await type('Experts available quickly');
    r = await type('Science and the news');
    r = await type('Quick answers');
    // The group asks whether to add another audience: "finish the list" is a button.
    r = await click(r, choice('done'));
    // The function is a choice: a button per option carrying its answer.
    r = await click(r, choice('pr'));
    r = await type('Protect the reputation');
    r = await click(r, choice('done'));
    const done = await click(r, (a) => a.kind === 'control' && a.control === 'complete');
    expect(lastPrompt(done)).toMatch(/Step 2/);

    const step = (await h.repositories.plans.get(TENANT)).step(2);
    expect(step.status).toBe('complete');
    expect(groupItems(step.answers.audiences)).toMatchObject([{ who: 'Journalists', objective: 'Make our research known', needs: 'Experts available quickly', interests: 'Science and the news', expectations: 'Quick answers' }]);
    expect(groupItems(step.answers.functions)).toMatchObject([{ function: 'pr', objectives: 'Protect the reputation' }]);
  });


  it('step 6: the community manager and the backup from the user select, with their names', async () => {
    h.api.users.set('U77', { real_name: 'Marie Tremblay' });
    h.api.users.set('U88', { real_name: 'Jean Roy' });
    let r = await turn(() => h.command('step 6', { channel: 'C1', responseId: 'step6' }));
    let select = picker(r, 'users_select');
    r = await turn(() => h.interaction(blockActions({ actions: [{ type: 'users_select', action_id: select.element.action_id, block_id: select.blockId, selected_user: 'U77' }] })));
    select = picker(r, 'users_select');
    r = await turn(() => h.interaction(blockActions({ actions: [{ type: 'users_select', action_id: select.element.action_id, block_id: select.blockId, selected_user: 'U88' }] })));
    const step = (await h.repositories.plans.get(TENANT)).step(6);
    expect(step.answers.communityManager).toEqual({ id: 'U77', name: 'Marie Tremblay' });
    expect(step.answers.backup).toEqual({ id: 'U88', name: 'Jean Roy' });

    // Replaying the backup question's picker: the engine recognizes the old question.
    const replay = await turn(() => h.interaction(blockActions({ actions: [{ type: 'users_select', action_id: select.element.action_id, block_id: select.blockId, selected_user: 'U77' }] })));
    expect(lastPrompt(replay)).toMatch(/already|no longer|déjà/i);
    expect((await h.repositories.plans.get(TENANT)).step(6).answers.backup).toEqual({ id: 'U88', name: 'Jean Roy' });
  });

  it('step 1: checkboxes submitted and dates from the date picker', async () => {
    let r = await turn(() => h.command('step 1', { channel: 'C1', responseId: 'step1' }));
    r = await type('Boussole, Laval University');
    r = await type('Concordia, McGill');
    r = await type('Marie Tremblay');
    // Many platforms: a static select, answered here by choosing in it.
    const platforms = picker(r, 'static_select');
    r = await turn(() => h.interaction(blockActions({ actions: [{ type: 'static_select', action_id: platforms.element.action_id, block_id: platforms.blockId, selected_option: { value: 'linkedin' } }] })));
    r = await type('@mtremblay');
    r = await click(r, choice('done'));
    r = await type('https://example.ca/feed.xml');
    const boxes = picker(r, 'checkboxes');
    const submit = buttonById(r, 'bsl.multi.submit');
    r = await turn(() =>
      h.interaction(
        blockActions({
          actions: [{ type: 'button', action_id: submit.action_id, block_id: boxes.blockId, value: 'submit' }],
          state: { [boxes.blockId]: { [boxes.element.action_id]: { type: 'checkboxes', selected_options: [{ value: 'alerts' }, { value: 'rss-reader' }] } } },
        }),
      ),
    );
    r = await click(r, choice('free-only'));
    for (const date of ['2026-12-01', '2027-06-01']) {
      const datepicker = picker(r, 'datepicker');
      expect(decodeRefBlockId(datepicker.blockId)?.step).toBe(1);
      r = await turn(() => h.interaction(blockActions({ actions: [{ type: 'datepicker', action_id: datepicker.element.action_id, block_id: datepicker.blockId, selected_date: date }] })));
    }
    const step = (await h.repositories.plans.get(TENANT)).step(1);
    expect(step.answers.keywords).toEqual(['Boussole', 'Laval University']);
    expect(groupItems(step.answers.influencers)).toMatchObject([{ name: 'Marie Tremblay', platform: 'linkedin', handle: '@mtremblay' }]);
    expect(step.answers.tools).toEqual(['alerts', 'rss-reader']);
    expect(step.answers.budget).toBe('free-only');
    expect(step.answers.listenStart).toBe('2026-12-01');
    expect(step.answers.goLive).toBe('2027-06-01');
  });
});

function buttonById(calls: ApiCall[], actionId: string): Element {
  const found = blocksOf(calls).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} in:\n${calls.map(textOf).join('\n')}`);
  return found;
}
