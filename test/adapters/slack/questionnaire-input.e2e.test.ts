// Back then submit, and typed commands and button labels, through the real Bolt receiver with
// signed requests (issue 10, cases 1, 8 and 10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeAction } from '../../../adapters/slack/action-codec.js';
import { buildEngine } from '../../../src/app/build-engine.js';
import type { Action } from '../../../src/core/events.js';
import type { ApiCall } from '../../support/fake-slack-api.js';
import { blockActions, dmMessage } from '../../support/slack-requests.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';
import { lazyEngine } from '../../support/engine-doubles.js';

const { db } = useTestDatabase();
let h: SlackHarness;
const TENANT = asTenant('slack:T1');

beforeAll(async () => {
  const log = { warn: () => {}, error: (obj: object, msg?: string) => console.error(msg, obj) };
  h = await startSlackHarness({
    db,
    engine: lazyEngine(() => buildEngine({ repositories: h.repositories, defaults: { locale: 'en', timeZone: 'America/Toronto' }, log })),
  });
});
afterAll(async () => h.close());

type Element = Record<string, unknown> & { type: string; action_id: string };
type Block = Record<string, unknown> & { type: string; block_id?: string; elements?: Element[] };

function dm(user: string) {
  const channel = `D${user}`;
  const posts = () => h.api.callsOf('chat.postMessage').filter((c) => c.args.channel === channel);
  const turn = async (act: () => Promise<unknown>): Promise<ApiCall[]> => {
    const before = posts().length;
    await act();
    await h.api.waitFor(() => posts().length > before, 8000, 'a reply in the DM');
    await new Promise((r) => setTimeout(r, 150));
    return posts().slice(before);
  };
  return {
    posts,
    turn,
    type: (text: string) => turn(() => h.event(dmMessage(text, { user, channel }))),
    click: (calls: ApiCall[], match: (a: Action) => boolean) => {
      const found = elementsOf(calls).find((e) => e.type === 'button' && String(e.action_id).startsWith('bsl.btn.') && match(decodeAction(e.value)!));
      if (!found) throw new Error(`no such button in:\n${calls.map(textOf).join('\n')}`);
      return turn(() => h.interaction(blockActions({ user, actions: [{ type: 'button', action_id: found.action_id, block_id: 'b1', value: found.value }] })));
    },
    interact: (actions: Array<Record<string, unknown>>, state?: Record<string, Record<string, unknown>>) => turn(() => h.interaction(blockActions({ user, actions, ...(state ? { state } : {}) }))),
  };
}

const textOf = (call: ApiCall) => `${String(call.args.text)}\n${JSON.stringify(call.args.blocks ?? [])}`;
const blocksOf = (calls: ApiCall[]) => calls.flatMap((c) => (c.args.blocks as Block[] | undefined) ?? []);
const elementsOf = (calls: ApiCall[]) => blocksOf(calls).flatMap((b) => b.elements ?? []);
function picker(calls: ApiCall[], type: string): { blockId: string; element: Element } {
  for (const block of blocksOf(calls)) {
    const element = block.elements?.find((e) => e.type === type);
    if (element && block.block_id) return { blockId: block.block_id, element };
  }
  throw new Error(`no ${type} in:\n${calls.map(textOf).join('\n')}`);
}
const control = (name: string) => (a: Action) => a.kind === 'control' && a.control === name;

describe('Back in a Slack DM', () => {
  it('preselects the stored checkboxes and date, and submitting unchanged keeps them', async () => {
    const me = dm('U21');
    await me.turn(() => h.command('step 1', { channel: 'C1', user: 'U21', responseId: 'u21' }));
    for (const text of ['Boussole', 'Concordia', 'skip']) await me.type(text);
    let r = await me.type('skip');
    const boxes = picker(r, 'checkboxes');
    const submit = elementsOf(r).find((e) => e.action_id === 'bsl.multi.submit')!;
    const tick = (options: unknown) => ({ [boxes.blockId]: { [boxes.element.action_id]: { type: 'checkboxes', selected_options: options } } });
    r = await me.interact([{ type: 'button', action_id: submit.action_id, block_id: boxes.blockId, value: 'submit' }], tick([{ value: 'alerts' }, { value: 'rss-reader' }]));
    const back = await me.click(r, control('back'));
    const again = picker(back, 'checkboxes');
    const initial = again.element.initial_options as Array<{ value: string }>;
    expect(initial.map((o) => o.value)).toEqual(['alerts', 'rss-reader']);
    // Slack reports the preselected boxes in the state when nobody touched them.
    const submitAgain = elementsOf(back).find((e) => e.action_id === 'bsl.multi.submit')!;
    r = await me.interact([{ type: 'button', action_id: submitAgain.action_id, block_id: again.blockId, value: 'submit' }], {
      [again.blockId]: { [again.element.action_id]: { type: 'checkboxes', selected_options: initial } },
    });
    expect(r.map(textOf).join('\n')).toContain('✓ Listening tools: Alerts (Google Alerts or similar), RSS reader');
    r = await me.click(r, (a) => a.kind === 'answer' && a.value.kind === 'choice' && a.value.value === 'free-only');
    const date = picker(r, 'datepicker');
    r = await me.interact([{ type: 'datepicker', action_id: date.element.action_id, block_id: date.blockId, selected_date: '2026-12-01' }]);
    const dateBack = await me.click(r, control('back'));
    expect(picker(dateBack, 'datepicker').element.initial_date).toBe('2026-12-01');
    expect((await h.repositories.plans.get(TENANT)).step(1).answers).toMatchObject({ tools: ['alerts', 'rss-reader'], listenStart: '2026-12-01' });
  });
});

describe('typed in a Slack DM while a question waits', () => {
  it('a command runs and the question comes back; a button label acts as the button; nothing is stored', async () => {
    const me = dm('U22');
    await me.turn(() => h.command('step 2', { channel: 'C1', user: 'U22', responseId: 'u22' }));
    const ran = await me.type('status');
    expect(ran.map(textOf).join('\n')).toMatch(/The question is still waiting for your answer/);
    const review = await me.type('Review');
    expect(review.map(textOf).join('\n')).toContain('Review — step 2');
    // `/boussole …` is always a command: an unknown document, not an answer.
    const before = me.posts().length;
    await h.command('policy of the house', { channel: 'C1', user: 'U22', responseId: 'u22b' });
    await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'u22b') ?? (me.posts().length > before || undefined), 8000, 'the slash command’s answer');
    await new Promise((r) => setTimeout(r, 300));
    const said = [...h.api.responses.filter((r) => r.id === 'u22b').map((r) => JSON.stringify(r.body)), ...me.posts().slice(before).map(textOf)].join('\n');
    expect(said).toContain('I don’t know the document');
    expect(said).not.toContain('✓');
    expect((await h.repositories.plans.get(TENANT)).step(2).answers).toEqual({});
  });
});

describe('A person’s markdown characters in a Slack DM', () => {
  it('shows them as typed: mrkdwn has no escape, so a zero-width space on each side keeps them from being read as markup', async () => {
    const me = dm('U23');
    // Step 2's first question, an audience's name (step 1 is the other tests' here).
    await me.turn(() => h.command('step 2', { channel: 'C1', user: 'U23', responseId: 'u23' }));
    const echo = await me.type('*urgent* _brouillon_');
    const z = '\u200b';
    expect(echo.map(textOf).join('\n')).toContain(`${z}*${z}urgent${z}*${z} ${z}_${z}brouillon${z}_${z}`);
    const audiences = (await h.repositories.plans.get(TENANT)).step(2).answers.audiences as unknown as { items: Record<string, { answers: { who: string } }> };
    expect(Object.values(audiences.items).map((i) => i.answers.who)).toEqual(['*urgent* _brouillon_']);
  });
});

