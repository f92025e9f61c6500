// A question's stored answer (after Back) preselected in each Slack control, so that submitting unchanged keeps it.
import { describe, expect, it } from 'vitest';
import { modalRequestSchema, parseJson } from '../../../../adapters/slack/action-codec.js';
import { answerModal } from '../../../../adapters/slack/render/answer-modal.js';
import { renderReplies } from '../../../../adapters/slack/render/replies.js';
import type { InitialValue, InputSpec, Reply } from '../../../../src/core/replies.js';

type AnyElement = Record<string, unknown> & { type: string };
const ref = { step: 1, key: 'q', turn: 3 };
function elementsFor(input: InputSpec, initial: InitialValue): AnyElement[] {
  const reply: Reply = { kind: 'question', ref, context: 'Step 1', prompt: 'Question?', input, initial, buttons: [] };
  return renderReplies([reply], 'en').messages.flatMap((m) => m.blocks as unknown as Array<{ type: string; elements?: AnyElement[] }>).flatMap((b) => b.elements ?? []);
}
const options = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: `v${n}`, label: `Option ${n}` }));

describe('Back in Slack: the stored answer in the control', () => {
  it('a long text: the modal opens with it', () => {
    const open = elementsFor({ kind: 'text', multiline: true, maxLength: 4000 }, { kind: 'text', text: 'Our portrait\nsecond line' }).find((e) => e.type === 'button');
    const request = parseJson(modalRequestSchema, open?.value)!;
    expect(request.initial).toBe('Our portrait\nsecond line');
    const input = (answerModal(request, undefined, 'en').blocks[0] as unknown as { element: Record<string, unknown> }).element;
    expect(input.initial_value).toBe('Our portrait\nsecond line');
  });

  it('a select, checkboxes, time and date-time pickers, a user select', () => {
    const select = elementsFor({ kind: 'choice', options, allowOther: false }, { kind: 'choices', values: ['v6'] }).find((e) => e.type === 'static_select');
    expect(select?.initial_option).toMatchObject({ value: 'v6' });
    const boxes = elementsFor({ kind: 'multi-choice', options: options.slice(0, 4), allowOther: false }, { kind: 'choices', values: ['v1', 'v3'] }).find((e) => e.type === 'checkboxes');
    expect((boxes?.initial_options as Array<{ value: string }>).map((o) => o.value)).toEqual(['v1', 'v3']);
    expect(elementsFor({ kind: 'time' }, { kind: 'time', time: '13:30' }).find((e) => e.type === 'timepicker')?.initial_time).toBe('13:30');
    const dt = elementsFor({ kind: 'datetime' }, { kind: 'datetime', date: '2026-12-10', time: '09:15' });
    expect(dt.find((e) => e.type === 'datepicker')?.initial_date).toBe('2026-12-10');
    expect(dt.find((e) => e.type === 'timepicker')?.initial_time).toBe('09:15');
    expect(elementsFor({ kind: 'user' }, { kind: 'user', id: 'U77', name: 'Marie' }).find((e) => e.type === 'users_select')?.initial_user).toBe('U77');
  });
});
