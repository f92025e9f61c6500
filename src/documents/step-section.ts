// Any step's answers as a document section, driven by the step's own definition: the questions
// asked (conditions included) in order, each answer formatted by its kind, and the required ones
// left unanswered marked "to be completed".
import { itemsOf, type AnswerRecord } from '../../conversations/answers.js';
import { user } from '../../conversations/reader.js';
import type { DialogueContext, Group, Question, StepDefinition } from '../core/dialogue/types.js';
import type { AnswerValue, ScalarValue } from '../core/dialogue/values.js';
import { pick } from '../core/i18n/locale.js';
import type { Formatter } from './format.js';
import { blocks, bullets, heading, inline, table } from './markdown.js';
import type { DocumentInput } from './types.js';

function isEmpty(value: AnswerValue | ScalarValue | undefined): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

export function formatAnswer(
  f: Formatter,
  step: StepDefinition,
  question: Question,
  value: AnswerValue | ScalarValue | undefined,
  groupKey?: string,
): string | undefined {
  if (isEmpty(value)) return undefined;
  switch (question.kind) {
    case 'short-text':
    case 'long-text':
    case 'url':
    case 'time':
      return typeof value === 'string' ? inline(value) : undefined;
    case 'list':
      return Array.isArray(value) ? value.map(inline).join(', ') : undefined;
    case 'choice':
      return typeof value === 'string' ? f.choice(step.number, question.key, value, groupKey) : undefined;
    case 'multi-choice':
      return Array.isArray(value) ? f.choices(step.number, question.key, value, groupKey) : undefined;
    case 'yes-no':
      return typeof value === 'boolean' ? f.yesNo(value) : undefined;
    case 'number':
      if (typeof value !== 'number') return undefined;
      return question.unit ? `${f.number(value)} ${pick(question.unit, f.locale)}` : f.number(value);
    case 'duration':
      return typeof value === 'number' ? `${f.number(value)} min` : undefined;
    case 'date':
      return typeof value === 'string' ? f.date(value) : undefined;
    case 'date-time':
      return typeof value === 'string' ? f.dateTime(value) : undefined;
    case 'user':
      return f.user(user.parse(value));
  }
}

/** A question's or group's name in a document: its label, else its prompt. */
function label(f: Formatter, node: Question | Group): string {
  return f.t(node.label ?? node.prompt);
}

function groupSection(f: Formatter, step: StepDefinition, node: Group, answers: AnswerRecord, level: number): string | undefined {
  const items = itemsOf(answers, node.key);
  const title = heading(level, label(f, node));
  if (items.length === 0) return node.optional || node.min === 0 ? undefined : blocks([title, f.toComplete(step.number)]);
  const cellOf = (item: AnswerRecord, question: Question) =>
    formatAnswer(f, step, question, item[question.key], node.key) ?? (question.optional ? '' : f.toComplete(step.number));
  const header = (question: Question) => label(f, question);
  if (!node.questions.some((question) => question.kind === 'long-text')) {
    return blocks([title, table(node.questions.map(header), items.map((item) => node.questions.map((question) => cellOf(item, question))))]);
  }
  const [first, ...rest] = node.questions;
  const entries = items.map((item) => {
    const lines = rest
      .map((question) => ({ question, text: cellOf(item, question) }))
      .filter(({ text }) => text !== '')
      .map(({ question, text }) => f.field(header(question), text));
    return blocks([first ? `**${cellOf(item, first) || pick(node.itemLabel, f.locale)}**` : undefined, bullets(lines)]);
  });
  return blocks([title, ...entries]);
}

export interface SectionOptions {
  /** Heading level of the groups inside the section. */
  level: number;
  /** Only these keys, in the step's order (the rest is rendered by a dedicated document). */
  keys?: string[];
}

export function stepSection(input: DocumentInput, f: Formatter, step: StepDefinition, options: SectionOptions): string {
  const answers = input.read(step.number);
  const ctx: DialogueContext = { answers, step: input.read, locale: input.locale, timeZone: input.timeZone, now: new Date() };
  const fields: string[] = [];
  const parts: Array<string | undefined> = [];
  const flush = () => {
    if (fields.length > 0) parts.push(bullets(fields.splice(0)));
  };
  for (const node of step.nodes) {
    if (options.keys && !options.keys.includes(node.key)) continue;
    if (node.when && !node.when(ctx)) continue;
    if (node.kind === 'group') {
      flush();
      parts.push(groupSection(f, step, node, answers, options.level));
    } else {
      const text = formatAnswer(f, step, node, answers[node.key]) ?? (node.optional ? undefined : f.toComplete(step.number));
      if (text !== undefined) fields.push(f.field(label(f, node), text));
    }
    if (step.skipRest?.(ctx)) break;
  }
  flush();
  return blocks(parts);
}
