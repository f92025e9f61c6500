import { pick, type Locale } from '../i18n/locale.js';
import type { PendingChoice, Session } from '../ports/stores.js';
import type { AnswerInput, Option, QuestionRef, Reply } from '../replies.js';
import { itemAnswers, questionAt } from './flow.js';
import { formatAnswer } from './format.js';
import { DIALOGUE_TEXT } from './messages.js';
import { matchChoice } from './parse/choice.js';
import type { Choice, DialogueContext, StepDefinition } from './types.js';

export const PENDING_KEY = '@pending';

/** The two ways out of each pending choice, first the one that changes nothing. */
const OUTCOMES = {
  'command-or-answer': ['answer', 'command'],
  conflict: ['keep', 'replace'],
} as const satisfies Record<PendingChoice['kind'], readonly [string, string]>;

export type PendingOutcome = (typeof OUTCOMES)[PendingChoice['kind']][number];

function choices(pending: PendingChoice): Choice[] {
  return pending.kind === 'conflict'
    ? [
        { value: 'keep', label: DIALOGUE_TEXT.both('conflict.keep') },
        { value: 'replace', label: DIALOGUE_TEXT.both('conflict.replace') },
      ]
    : [
        { value: 'answer', label: DIALOGUE_TEXT.both('ambiguous.answer') },
        { value: 'command', label: DIALOGUE_TEXT.both('ambiguous.command') },
      ];
}

/** The two ways out, as the options of a choice question in `locale`. */
export function pendingOptions(pending: PendingChoice, locale: Locale): Option[] {
  return choices(pending).map((c) => ({ value: c.value, label: pick(c.label, locale) }));
}

/** "« calendrier éditorial » : est-ce votre réponse, ou la commande `calendrier` ?" and its help. */
export function ambiguousWording(text: string, locale: Locale): { prompt: string; help: string } {
  return {
    prompt: DIALOGUE_TEXT.t(locale, 'ambiguous.prompt', { text: text.slice(0, 80), command: text.trim().split(/\s+/)[0] ?? '' }),
    help: DIALOGUE_TEXT.t(locale, 'ambiguous.help'),
  };
}

/** Which way out a reply picks (a button's value, its number, or its label typed in either language). */
export function pendingOutcome(pending: PendingChoice, input: AnswerInput): PendingOutcome | undefined {
  const raw = input.kind === 'choice' ? input.value : input.kind === 'text' ? input.text : undefined;
  if (raw === undefined) return undefined;
  const found = matchChoice(raw, choices(pending))?.value;
  return (OUTCOMES[pending.kind] as readonly string[]).includes(found ?? '') ? (found as PendingOutcome) : undefined;
}

/** The stored answer at the session's question (of its item, inside a list). */
export function storedAt(step: StepDefinition, position: Session['position'], ctx: DialogueContext) {
  const found = questionAt(step, position);
  if (!found || position.at !== 'question') return undefined;
  return found.group ? itemAnswers(ctx, found.group, position.itemId ?? '')[found.question.key] : ctx.answers[found.question.key];
}

/** The one-turn choice a session waits for, as a question with two options. */
export function askPending(step: StepDefinition, session: Session, pending: PendingChoice, ctx: DialogueContext): Reply[] {
  const { locale, timeZone } = ctx;
  const ref: QuestionRef = { step: step.number, key: PENDING_KEY, turn: session.turn };
  const options = pendingOptions(pending, locale);
  let prompt: string;
  let help: string | undefined;
  if (pending.kind === 'conflict') {
    const question = questionAt(step, session.position)?.question;
    const show = (value: Parameters<typeof formatAnswer>[1]) => (question ? formatAnswer(question, value, locale, timeZone) : String(value));
    prompt = DIALOGUE_TEXT.t(locale, 'conflict.prompt', {
      who: pending.by ?? DIALOGUE_TEXT.t(locale, 'conflict.someone'),
      theirs: show(storedAt(step, session.position, ctx)),
      mine: show(pending.value),
    });
  } else {
    ({ prompt, help } = ambiguousWording(pending.text, locale));
  }
  return [
    {
      kind: 'question',
      ref,
      context: DIALOGUE_TEXT.t(locale, 'context.choice', { step: step.number, title: pick(step.title, locale) }),
      prompt,
      ...(help ? { help } : {}),
      input: { kind: 'choice', options, allowOther: false },
      buttons: [],
    },
  ];
}
