import type { Action } from '../events.js';
import { pick, type Locale } from '../i18n/locale.js';
import { message } from '../i18n/messages.js';
import type { Session } from '../ports/stores.js';
import type { Button, InputSpec, QuestionRef, Reply } from '../replies.js';
import { contextAt, groupAt, itemAnswers, questionAt } from './flow.js';
import { EDIT_TEXT } from './edit-messages.js';
import { formatAnswer, formatGroupSummary } from './format.js';
import { initialValue } from './initial-value.js';
import { DIALOGUE_TEXT } from './messages.js';
import { askPending } from './pending.js';
import type { DialogueContext, Question, StepDefinition } from './types.js';
import { groupItems } from './values.js';

export const GROUP_MORE_KEY = (group: string) => `${group}.@more`;
export const REVIEW_KEY = '@review';

export function inputFor(question: Question, locale: Locale): InputSpec {
  switch (question.kind) {
    case 'short-text':
      return { kind: 'text', multiline: false, maxLength: question.maxLength ?? 300 };
    case 'long-text':
      return { kind: 'text', multiline: true, maxLength: question.maxLength ?? 4000 };
    case 'list':
      return { kind: 'list', maxItems: question.maxItems ?? 50 };
    case 'choice':
      return { kind: 'choice', options: question.choices.map((c) => ({ value: c.value, label: pick(c.label, locale) })), allowOther: question.allowOther ?? false };
    case 'multi-choice':
      return { kind: 'multi-choice', options: question.choices.map((c) => ({ value: c.value, label: pick(c.label, locale) })), allowOther: question.allowOther ?? false };
    case 'yes-no':
      return { kind: 'yes-no', yes: message(locale, 'yes'), no: message(locale, 'no') };
    case 'number':
      return { kind: 'number', min: question.min, max: question.max, integer: question.integer ?? false };
    case 'date':
      return { kind: 'date' };
    case 'time':
      return { kind: 'time' };
    case 'date-time':
      return { kind: 'datetime' };
    case 'duration':
      return { kind: 'duration' };
    case 'url':
      return { kind: 'url' };
    case 'user':
      return { kind: 'user' };
  }
}

function control(label: string, name: 'back' | 'skip' | 'review' | 'cancel', ref: QuestionRef): Button {
  const action: Action = { kind: 'control', control: name, ref };
  return { label, action };
}

function controls(locale: Locale, ref: QuestionRef, skippable: boolean): Button[] {
  return [
    control(message(locale, 'control.back'), 'back', ref),
    ...(skippable ? [control(message(locale, 'control.skip'), 'skip', ref)] : []),
    control(message(locale, 'control.review'), 'review', ref),
    control(message(locale, 'control.cancel'), 'cancel', ref),
  ];
}

/** The replies that ask the question at the session's position. */
export function ask(step: StepDefinition, session: Session, ctx: DialogueContext): Reply[] {
  const { locale, timeZone } = ctx;
  const position = session.position;
  const title = pick(step.title, locale);
  if (session.pending) return askPending(step, session, session.pending, ctx);
  if (position.at === 'review') return review(step, session, ctx);
  if (position.at === 'group-more') {
    const group = groupAt(step, position.node)!;
    const items = formatGroupSummary(ctx.answers[group.key], group.questions[0], locale, timeZone);
    const ref: QuestionRef = { step: step.number, key: GROUP_MORE_KEY(group.key), turn: session.turn };
    const list = items.length ? message(locale, 'group.items', { count: items.length, list: items.map((i, n) => `${n + 1}. ${i}`).join(' · ') }) : message(locale, 'group.none');
    return [
      {
        kind: 'question',
        ref,
        context: message(locale, 'step.context', { step: step.number, title, position: pick(group.itemLabel, locale) }),
        prompt: `${list}\n${message(locale, 'group.more', { item: pick(group.itemLabel, locale) })}`,
        help: items.length ? message(locale, 'group.removeHint') : undefined,
        input: {
          kind: 'choice',
          allowOther: false,
          options: [
            { value: 'add', label: message(locale, 'group.add') },
            { value: 'done', label: message(locale, 'group.done') },
          ],
        },
        buttons: controls(locale, ref, false),
      },
    ];
  }
  const found = questionAt(step, position)!;
  const { question, group } = found;
  const local = contextAt(step, position, ctx);
  const ref: QuestionRef = { step: step.number, key: group ? `${group.key}.${question.key}` : question.key, turn: session.turn };
  const current = group ? itemAnswers(ctx, group, position.at === 'question' ? (position.itemId ?? '') : '')[question.key] : ctx.answers[question.key];
  const suggested = current === undefined ? question.suggest?.(local) : undefined;
  const itemNumber = group ? groupItems(ctx.answers[group.key]).findIndex((i) => i._id === (position.at === 'question' ? position.itemId : '')) : -1;
  const where = group
    ? message(locale, 'step.positionItem', { item: pick(group.itemLabel, locale), n: itemNumber >= 0 ? itemNumber + 1 : groupItems(ctx.answers[group.key]).length + 1 })
    : message(locale, 'step.positionQuestion', { n: position.at === 'question' ? position.node + 1 : 1 });
  const notes = [
    question.help ? pick(question.help, locale) : undefined,
    current !== undefined ? message(locale, 'answer.current', { value: formatAnswer(question, current, locale, timeZone) }) : undefined,
    suggested !== undefined ? message(locale, 'answer.suggested', { value: formatAnswer(question, suggested, locale, timeZone) }) : undefined,
  ].filter(Boolean);
  const groupIntro = group && position.at === 'question' && position.q === group.questions.findIndex((q) => !q.when || q.when(local)) && itemNumber < 0 && groupItems(ctx.answers[group.key]).length === 0;
  const prompt = itemPrompt(step, position, ctx, pick(question.prompt, locale));
  return [
    {
      kind: 'question',
      ref,
      context: message(locale, 'step.context', { step: step.number, title, position: where }),
      prompt: groupIntro ? `${pick(group.prompt, locale)}\n\n${prompt}` : prompt,
      help: notes.length ? notes.join('\n') : undefined,
      input: inputFor(question, locale),
      suggested: suggested === undefined ? undefined : formatAnswer(question, suggested, locale, timeZone),
      initial: initialValue(question, current, timeZone),
      buttons: controls(locale, ref, Boolean(question.optional) || (group !== undefined && itemNumber < 0 && (Boolean(group.optional) || groupItems(ctx.answers[group.key]).length >= (group.min ?? 1)))),
    },
  ];
}

/**
 * The name of the item a question of a list is about ("En colère", "LinkedIn"), from its first
 * answer, when that answer is not the one being asked: a pre-filled row's later questions say which
 * row they are for.
 */
export function itemName(step: StepDefinition, position: Session['position'], ctx: DialogueContext): string | undefined {
  const found = questionAt(step, position);
  if (!found?.group || position.at !== 'question' || position.itemId === undefined) return undefined;
  const first = found.group.questions[0];
  if (!first || first === found.question) return undefined;
  const value = itemAnswers(ctx, found.group, position.itemId)[first.key];
  if (value === undefined) return undefined;
  const name = formatAnswer(first, value, ctx.locale, ctx.timeZone);
  // The name opens its line: a day in words is ours to capitalize (« Vendredi 15 janvier… »); what a person typed is shown as typed.
  return first.kind === 'date' || first.kind === 'date-time' ? name.charAt(0).toLocaleUpperCase(ctx.locale) + name.slice(1) : name;
}

function itemPrompt(step: StepDefinition, position: Session['position'], ctx: DialogueContext, prompt: string): string {
  const item = itemName(step, position, ctx);
  if (item === undefined) return prompt;
  // "Dans quel délai…" reads on after the dash in lower case; an acronym ("URL…") keeps its capitals.
  const lowered = /^\p{Lu}\p{Ll}/u.test(prompt) ? prompt[0]!.toLocaleLowerCase(ctx.locale) + prompt.slice(1) : prompt;
  return DIALOGUE_TEXT.t(ctx.locale, 'itemQuestion', { item, prompt: lowered });
}

export interface ReviewLine {
  number: number;
  label: string;
  value: string;
  position: Extract<Session['position'], { node: number }>;
  /** How many items a list line holds (addressed as `edit <n>.<item>`). */
  items?: number;
}

/**
 * The numbered answers of a step, as shown in the review and addressed by `edit <n>`. A line's
 * number is its question's place in the step, the one the question's header shows ("question 9"):
 * a question not asked leaves a gap rather than shifting the numbers after it.
 */
export function reviewLines(step: StepDefinition, ctx: DialogueContext): ReviewLine[] {
  const lines: ReviewLine[] = [];
  step.nodes.forEach((node, index) => {
    if (node.when && !node.when(ctx)) return;
    if (node.kind === 'group') {
      const items = formatGroupSummary(ctx.answers[node.key], node.questions[0], ctx.locale, ctx.timeZone);
      lines.push({
        number: index + 1,
        label: pick(node.itemLabel, ctx.locale),
        value: items.length ? items.map((item, i) => `${index + 1}.${i + 1} ${item}`).join(' · ') : message(ctx.locale, 'review.empty'),
        position: { at: 'group-more', node: index },
        items: items.length,
      });
      return;
    }
    lines.push({
      number: index + 1,
      label: pick(node.prompt, ctx.locale),
      value: formatAnswer(node, ctx.answers[node.key], ctx.locale, ctx.timeZone),
      position: { at: 'question', node: index },
    });
  });
  return lines;
}

export function review(step: StepDefinition, session: Session, ctx: DialogueContext): Reply[] {
  const { locale } = ctx;
  const ref: QuestionRef = { step: step.number, key: REVIEW_KEY, turn: session.turn };
  const warnings = (step.checks ?? []).map((c) => c.check(ctx)).filter((w) => w !== undefined);
  const lines = reviewLines(step, ctx);
  const list = lines.find((l) => (l.items ?? 0) > 0);
  return [
    {
      kind: 'facts',
      title: message(locale, 'review.title', { step: step.number, title: pick(step.title, locale) }),
      facts: lines.map((l) => ({ label: `${l.number}. ${l.label}`, value: l.value })),
    },
    ...(list ? [{ kind: 'text', text: EDIT_TEXT.t(locale, 'itemHint', { example: `${list.number}.1` }) } satisfies Reply] : []),
    ...warnings.map((w): Reply => ({ kind: 'text', text: message(locale, 'review.warning', { text: pick(w, locale) }) })),
    {
      kind: 'buttons',
      text: message(locale, 'review.hint'),
      buttons: [
        { label: message(locale, 'review.complete'), action: { kind: 'control', control: 'complete', ref }, style: 'primary' },
        control(message(locale, 'control.back'), 'back', ref),
        control(message(locale, 'control.cancel'), 'cancel', ref),
      ],
    },
  ];
}
