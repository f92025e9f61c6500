import { pick } from '../i18n/locale.js';
import type { Position } from '../ports/stores.js';
import type { Reply } from '../replies.js';
import { EDIT_TEXT } from './edit-messages.js';
import { itemAnswers } from './flow.js';
import { formatAnswer } from './format.js';
import type { ReviewLine } from './present.js';
import type { DialogueContext, StepDefinition } from './types.js';
import { groupItems } from './values.js';

/**
 * What `modifier` addresses, by the review's numbers: a line (`modifier 5`), an item of a list
 * line (`modifier 5.2`, then a field is chosen), or one field of that item (`modifier 5.2.3`).
 */
export type EditTarget = { line: number } | { line: number; item: number } | { line: number; item: number; field: number };

export function parseEditTarget(raw: string): EditTarget | undefined {
  const m = /^(\d{1,2})(?:\.(\d{1,3})(?:\.(\d{1,2}))?)?$/.exec(raw.trim());
  if (!m) return undefined;
  const [line, item, field] = [m[1], m[2], m[3]].map((n) => (n === undefined ? undefined : Number(n)));
  if (item === undefined) return { line: line! };
  return field === undefined ? { line: line!, item } : { line: line!, item, field };
}

export type EditOutcome =
  | { kind: 'open'; position: Position }
  | { kind: 'choose'; replies: Reply[] }
  | { kind: 'refused'; reply: Reply }
  | { kind: 'unknown' };

/** Where an edit leads: the question to reopen, the fields of an item to choose from, or why not. */
export function resolveEdit(step: StepDefinition, ctx: DialogueContext, lines: ReviewLine[], target: EditTarget): EditOutcome {
  const { locale } = ctx;
  const line = lines.find((l) => l.number === target.line);
  if (!line) return { kind: 'unknown' };
  if (!('item' in target)) return { kind: 'open', position: line.position };
  const node = step.nodes[line.position.node];
  if (node?.kind !== 'group') return { kind: 'refused', reply: { kind: 'text', text: EDIT_TEXT.t(locale, 'notAList', { line: target.line }) } };
  const items = groupItems(ctx.answers[node.key]);
  const item = items[target.item - 1];
  if (!item) {
    const range = items.length === 0 ? '—' : items.length === 1 ? `${target.line}.1` : `${target.line}.1 – ${target.line}.${items.length}`;
    return { kind: 'refused', reply: { kind: 'text', text: EDIT_TEXT.t(locale, 'noItem', { line: target.line, n: target.item, range }) } };
  }
  const answers = itemAnswers(ctx, node, item._id);
  const local: DialogueContext = { ...ctx, answers: { ...ctx.answers, ...answers } };
  // Fields keep the number of their place in the item, whether or not an earlier one is asked.
  const fields = node.questions.map((question, q) => ({ question, q, number: q + 1 })).filter(({ question }) => !question.when || question.when(local));
  if ('field' in target) {
    const field = fields.find((f) => f.number === target.field);
    if (!field) return { kind: 'refused', reply: { kind: 'text', text: EDIT_TEXT.t(locale, 'noField', { line: target.line, item: target.item, n: target.field }) } };
    return { kind: 'open', position: { at: 'question', node: line.position.node, itemId: item._id, q: field.q } };
  }
  const word = EDIT_TEXT.t(locale, 'command');
  const address = `${target.line}.${target.item}`;
  const summary = fields.map(({ question, number }) => `${address}.${number} ${pick(question.label ?? question.prompt, locale)} — ${formatAnswer(question, answers[question.key], locale, ctx.timeZone)}`);
  return {
    kind: 'choose',
    replies: [
      {
        kind: 'buttons',
        text: [EDIT_TEXT.t(locale, 'chooseField', { item: pick(node.itemLabel, locale), line: target.line, n: target.item }), ...summary.map((s) => `- ${s}`)].join('\n'),
        buttons: fields.map(({ question, number }) => ({
          label: `${address}.${number} ${pick(question.label ?? question.prompt, locale)}`.slice(0, 70),
          action: { kind: 'command', text: `${word} ${address}.${number}` },
        })),
      },
    ],
  };
}
