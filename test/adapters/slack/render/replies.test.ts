// The Block Kit renderer stays within Slack's limits whatever the engine sends.
import { describe, expect, it } from 'vitest';
import { decodeAction, decodeRefBlockId } from '../../../../adapters/slack/action-codec.js';
import { LIMITS, splitText, truncate } from '../../../../adapters/slack/render/limits.js';
import { toMrkdwn } from '../../../../adapters/slack/render/mrkdwn.js';
import { renderReplies } from '../../../../adapters/slack/render/replies.js';
import type { Reply } from '../../../../src/core/replies.js';

type AnyBlock = Record<string, unknown> & { type: string };
const blocksOf = (replies: Reply[]) => renderReplies(replies, 'en').messages.flatMap((m) => m.blocks as unknown as AnyBlock[]);
const sectionTexts = (blocks: AnyBlock[]) => blocks.filter((b) => b.type === 'section').map((b) => (b.text as { text: string }).text);
const elements = (blocks: AnyBlock[]) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as Array<Record<string, unknown>>);
const ref = { step: 2, key: 'audiences.who', turn: 7 };

describe('markdown subset to mrkdwn', () => {
  it('converts bold, links, bullets and headings, and escapes what could form a mention', () => {
    expect(toMrkdwn('**Step 2** _now_ `x**y**` see [the guide](https://ex.org/a?b=1&c=2)\n- one\n# Title')).toBe(
      '*Step 2* _now_ `x**y**` see <https://ex.org/a?b=1&amp;c=2|the guide>\n• one\n*Title*',
    );
    // A user or channel reference is Slack's own and keeps working; a special mention does not.
    expect(toMrkdwn('<!channel> & <@U1> in <#C2|general>, add <when>')).toBe('&lt;!channel&gt; &amp; <@U1> in <#C2|general>, add &lt;when&gt;');
  });
});

describe('facts', () => {
  it('writes “label: value”, and a question’s answer on the next line rather than after “?:”', () => {
    const facts: Reply = { kind: 'facts', facts: [{ label: 'Time zone', value: 'America/Toronto' }, { label: '1. Who may post?', value: 'All employees' }] };
    expect(sectionTexts(blocksOf([facts]))).toEqual(['*Time zone*: America/Toronto\n*1. Who may post?*\nAll employees']);
    const hinted: Reply = { kind: 'facts', facts: [{ label: '10. Who supervises this playbook? They receive sensitive comments left unanswered.', value: 'Louise' }] };
    expect(sectionTexts(blocksOf([hinted]))).toEqual(['*10. Who supervises this playbook? They receive sensitive comments left unanswered.*\nLouise']);
    const french = renderReplies([{ kind: 'facts', facts: [{ label: 'Fuseau horaire', value: 'America/Toronto' }] }], 'fr').messages.flatMap((m) => m.blocks as unknown as AnyBlock[]);
    expect(sectionTexts(french)).toEqual(['*Fuseau horaire*\u00a0: America/Toronto']);
  });
});

describe('limits', () => {
  it('splits a text longer than 3,000 characters into sections, on line boundaries, losing nothing', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Line ${i} of a long answer.`).join('\n');
    const sections = sectionTexts(blocksOf([{ kind: 'text', text }]));
    expect(sections.length).toBeGreaterThan(3);
    for (const s of sections) expect(s.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(sections.join('\n')).toBe(text);
  });

  it('splits a single unbroken word longer than a section', () => {
    const chunks = splitText('x'.repeat(7000), LIMITS.sectionText);
    expect(chunks.map((c) => c.length)).toEqual([3000, 3000, 1000]);
  });

  it('never cuts an emoji in half when truncating', () => {
    const cut = truncate(`${'a'.repeat(73)}😀😀`, 75);
    expect(cut.length).toBeLessThanOrEqual(75);
    expect(cut.endsWith('…')).toBe(true);
    expect(() => encodeURIComponent(cut)).not.toThrow();
  });

  it('packs more than 50 blocks into several messages of at most 50', () => {
    const replies: Reply[] = Array.from({ length: 120 }, (_, i) => ({ kind: 'text', text: `Paragraph ${i}` }));
    const { messages } = renderReplies(replies, 'en');
    expect(messages.length).toBe(3);
    for (const m of messages) expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    expect(messages.flatMap((m) => m.blocks)).toHaveLength(120);
  });

  it('cuts button labels at 75 characters and splits more than 25 buttons into several actions blocks', () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({ label: `${'Very long label '.repeat(8)}${i}`, action: { kind: 'command' as const, text: `step ${i}` } }));
    const blocks = blocksOf([{ kind: 'buttons', text: 'Pick', buttons }]);
    const actions = blocks.filter((b) => b.type === 'actions');
    expect(actions).toHaveLength(2);
    for (const a of actions) expect((a.elements as unknown[]).length).toBeLessThanOrEqual(LIMITS.actionsElements);
    for (const e of elements(blocks)) {
      expect((e.text as { text: string }).text.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
      expect(decodeAction(e.value)).toEqual({ kind: 'command', text: expect.stringMatching(/^step \d+$/) });
    }
  });

  it('leaves out a button whose action would exceed 2,000 characters, keeping the others', () => {
    const blocks = blocksOf([{ kind: 'buttons', buttons: [{ label: 'Huge', action: { kind: 'command', text: 'x'.repeat(2100) } }, { label: 'Fine', action: { kind: 'command', text: 'help' } }] }]);
    const els = elements(blocks);
    expect(els).toHaveLength(1);
    for (const e of els) expect(String(e.value).length).toBeLessThanOrEqual(LIMITS.buttonValue);
  });

  it('offers at most 100 options in a select, says the rest can be typed, and cuts option labels at 75', () => {
    const options = Array.from({ length: 140 }, (_, i) => ({ value: `v${i}`, label: `Option ${i} ${'x'.repeat(90)}` }));
    const blocks = blocksOf([{ kind: 'question', ref, context: 'Step 2', prompt: 'Which?', input: { kind: 'choice', options, allowOther: false }, buttons: [] }]);
    const select = elements(blocks).find((e) => e.type === 'static_select')!;
    const opts = select.options as Array<{ text: { text: string }; value: string }>;
    expect(opts).toHaveLength(LIMITS.selectOptions);
    for (const o of opts) expect(o.text.text.length).toBeLessThanOrEqual(LIMITS.optionText);
    expect(JSON.stringify(blocks)).toContain('Don’t see your answer? Type it.');
  });

  it('uses checkboxes up to 10 options and a multi-select beyond, with a submit button', () => {
    const few = blocksOf([{ kind: 'question', ref, context: '', prompt: 'Which?', input: { kind: 'multi-choice', options: Array.from({ length: 4 }, (_, i) => ({ value: `v${i}`, label: `L${i}` })), allowOther: true }, buttons: [] }]);
    expect(elements(few).map((e) => e.type)).toEqual(['checkboxes', 'button']);
    const many = blocksOf([{ kind: 'question', ref, context: '', prompt: 'Which?', input: { kind: 'multi-choice', options: Array.from({ length: 12 }, (_, i) => ({ value: `v${i}`, label: `L${i}` })), allowOther: false }, buttons: [] }]);
    expect(elements(many).map((e) => e.type)).toEqual(['multi_static_select', 'button']);
  });
});

describe('questions', () => {
  const question = (input: Extract<Reply, { kind: 'question' }>['input'], suggested?: string): Reply => ({
    kind: 'question',
    ref,
    context: 'Step 2 · Audiences — question 1 of 5',
    prompt: 'Who do you want to reach?',
    help: 'Journalists, customers…',
    input,
    ...(suggested ? { suggested } : {}),
    buttons: [{ label: 'Back', action: { kind: 'control', control: 'back', ref } }],
  });

  it('ties each picker to its question through the block id', () => {
    for (const [input, type] of [
      [{ kind: 'date' }, 'datepicker'],
      [{ kind: 'time' }, 'timepicker'],
      [{ kind: 'user' }, 'users_select'],
    ] as const) {
      const blocks = blocksOf([question(input)]);
      const block = blocks.find((b) => b.type === 'actions' && (b.elements as Array<{ type: string }>).some((e) => e.type === type))!;
      expect(decodeRefBlockId(block.block_id)).toEqual(ref);
    }
  });

  it('shows a date and a time picker with a submit button for a date-time', () => {
    expect(elements(blocksOf([question({ kind: 'datetime' })])).map((e) => e.type)).toEqual(['datepicker', 'timepicker', 'button', 'button']);
  });

  it('proposes a suggested date in the date picker', () => {
    const picker = elements(blocksOf([question({ kind: 'date' }, '2027-06-01')])).find((e) => e.type === 'datepicker')!;
    expect(picker.initial_date).toBe('2027-06-01');
  });

  it('renders few choices and yes/no as buttons carrying their whole answer', () => {
    const els = elements(blocksOf([question({ kind: 'yes-no', yes: 'Yes', no: 'No' })]));
    expect(els.map((e) => decodeAction(e.value))).toEqual([
      { kind: 'answer', ref, value: { kind: 'choice', value: 'yes' } },
      { kind: 'answer', ref, value: { kind: 'choice', value: 'no' } },
      { kind: 'control', control: 'back', ref },
    ]);
  });

  it('offers a modal for a long text, and says it can be typed too', () => {
    const blocks = blocksOf([question({ kind: 'text', multiline: true, maxLength: 4000 })]);
    const open = elements(blocks).find((e) => String(e.action_id).startsWith('bsl.modal.'))!;
    expect(JSON.parse(String(open.value))).toEqual({ ref, maxLength: 3000, locale: 'en' });
    expect(JSON.stringify(blocks)).toContain('Or type it right here.');
  });

  it('keeps unique action ids within a message', () => {
    const { messages } = renderReplies([question({ kind: 'yes-no', yes: 'Y', no: 'N' }), { kind: 'buttons', buttons: [{ label: 'Help', action: { kind: 'command', text: 'help' } }] }], 'en');
    const ids = messages.flatMap((m) => elements(m.blocks as unknown as AnyBlock[]).map((e) => e.action_id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sets documents apart, to be uploaded as files', () => {
    const rendered = renderReplies([{ kind: 'text', text: 'Here' }, { kind: 'document', title: 'Policy', filename: 'policy.md', markdown: '# Policy' }], 'en');
    expect(rendered.documents).toEqual([{ kind: 'document', title: 'Policy', filename: 'policy.md', markdown: '# Policy' }]);
    expect(rendered.messages).toHaveLength(1);
  });
});
