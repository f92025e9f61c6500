import { coreCommandOf, runCommand, splitCommand, unknownCommand } from '../commands/router.js';
import type { FormDefinition } from '../dialogue/form.js';
import { DIALOGUE_TEXT } from '../dialogue/messages.js';
import { ambiguousWording, PENDING_KEY, pendingOptions, pendingOutcome, type PendingOutcome } from '../dialogue/pending.js';
import { inputFor } from '../dialogue/present.js';
import type { Action } from '../events.js';
import { LOCALES, pick, type Locale } from '../i18n/locale.js';
import { message, type MessageArgs, type MessageKey } from '../i18n/messages.js';
import type { FormSession } from '../ports/stores.js';
import type { AnswerInput, QuestionRef, Reply } from '../replies.js';
import type { Turn } from '../turn.js';
import { FINISH_WORDS } from './dialogue.js';
import { ask, context, formAnswer, formControl, formSessionOf, isFormRef, refKey } from './form.js';
import { readTyped, typedLabel, unquoted } from './typed-reply.js';

/*
 * A short form (`calendrier ajouter`) reads what is typed by the questionnaire's rule
 * (typed-reply.ts): quotes answer, a button's label acts as the button, an exact command runs and
 * the form's question comes back, a reply that only starts with a command word is asked about.
 * `terminer` / `finish` passes the optional questions left and saves (see formControl).
 */

type ActiveForm = { session: FormSession; form: FormDefinition };

/** The same turn in another language (after `langue en`, the question comes back in English). */
function inLocale(turn: Turn, locale: Locale): Turn {
  if (locale === turn.locale) return turn;
  const t = <K extends MessageKey>(key: K, ...params: MessageArgs<K>) => message(locale, key, ...params);
  return { ...turn, locale, t, text: (key, ...params) => ({ kind: 'text', text: t(key, ...params) }) };
}

const pendingRef = (form: FormDefinition, session: FormSession): QuestionRef => ({ step: 0, key: refKey(form, PENDING_KEY), turn: session.turn });

export const isFormPendingRef = (ref: QuestionRef) => isFormRef(ref) && ref.key.endsWith(`:${PENDING_KEY}`);

async function askAgain(turn: Turn, active: ActiveForm): Promise<Reply[]> {
  const plan = await turn.deps.plans.get(turn.tenantId);
  return ask(turn, active.form, active.session, context(turn, plan, active.session.answers));
}

/** The form's buttons and the question's options, by their labels in either language. */
async function typedControl(turn: Turn, active: ActiveForm, typed: string): Promise<Action | undefined> {
  const plan = await turn.deps.plans.get(turn.tenantId);
  for (const locale of [turn.locale, ...LOCALES.filter((l) => l !== turn.locale)] as Locale[]) {
    const there = inLocale(turn, locale);
    for (const reply of ask(there, active.form, active.session, context(there, plan, active.session.answers))) {
      if (reply.kind !== 'question') continue;
      const button = reply.buttons.find((b) => typedLabel(b.label) === typed);
      if (button) return button.action;
      const input = inputFor(active.form.questions[active.session.index]!, locale);
      if (input.kind === 'choice' || input.kind === 'multi-choice') {
        const option = input.options.find((o) => typedLabel(o.label) === typed);
        if (option) return { kind: 'answer', ref: reply.ref, value: { kind: 'choice', value: option.value } };
      }
    }
  }
  // `terminer` / `finish` alone is the word people type to finish, as in a step: never an answer.
  if (FINISH_WORDS.has(typed)) return { kind: 'control', control: 'complete' };
  return undefined;
}

/** Runs a command typed during a form; the form's question comes back unless the command moved on. */
export async function runDuringForm(turn: Turn, active: ActiveForm, text: string): Promise<Reply[]> {
  const replies = (await runCommand(turn, text)) ?? unknownCommand(turn, text);
  const after = await formSessionOf(turn);
  // The command ended the form, or started another one: that is what waits now.
  if (!after || after.session.form !== active.session.form || after.session.turn !== active.session.turn) return replies;
  // It opened something else that waits for an answer (a step, a review): the form ends, and says so.
  if (replies.some((r) => r.kind === 'question' && !isFormRef(r.ref))) return [...(await formControl(turn, after, 'cancel')), ...replies];
  const locale = (await turn.deps.users.touch(turn.tenantId, turn.actor.id, turn.actor.name)).locale ?? turn.locale;
  return [...replies, { kind: 'text', text: DIALOGUE_TEXT.t(locale, 'waiting') }, ...(await askAgain(inLocale(turn, locale), after))];
}

async function act(turn: Turn, active: ActiveForm, action: Action): Promise<Reply[]> {
  if (action.kind === 'control') return formControl(turn, active, action.control);
  if (action.kind === 'answer') return formAnswer(turn, active, action.value);
  return runDuringForm(turn, active, action.text);
}

async function resolvePending(turn: Turn, active: ActiveForm, outcome: PendingOutcome): Promise<Reply[]> {
  const text = active.session.pending!.text;
  const cleared: ActiveForm = { ...active, session: { ...active.session, pending: undefined } };
  await turn.deps.forms!.sessions.save(cleared.session);
  return outcome === 'command' ? runDuringForm(turn, cleared, text) : formAnswer(turn, cleared, { kind: 'text', text });
}

/** "Your answer, or the command?" — asked once, with both as choices. */
async function askWhich(turn: Turn, active: ActiveForm, text: string): Promise<Reply[]> {
  const session: FormSession = { ...active.session, turn: active.session.turn + 1, pending: { kind: 'command-or-answer', text }, updatedAt: turn.now.toISOString() };
  await turn.deps.forms!.sessions.save(session);
  const { prompt, help } = ambiguousWording(text, turn.locale);
  return [
    {
      kind: 'question',
      ref: pendingRef(active.form, session),
      context: pick(active.form.title, turn.locale),
      prompt,
      help,
      input: { kind: 'choice', options: pendingOptions(session.pending!, turn.locale), allowOther: false },
      buttons: [],
    },
  ];
}

/** A button of the form: its question's, or the answer-or-command choice's. */
export async function formButton(turn: Turn, active: ActiveForm, input: AnswerInput, ref: QuestionRef): Promise<Reply[]> {
  if (!isFormPendingRef(ref)) return formAnswer(turn, active, input, ref);
  const pending = active.session.pending;
  const outcome = pending && ref.turn === active.session.turn ? pendingOutcome(pending, input) : undefined;
  if (!outcome) return [turn.text('answer.stale'), ...(await askAgain(turn, active))];
  return resolvePending(turn, active, outcome);
}

/** Text typed (or sent after `/boussole`) while a form's question waits. */
export async function typedDuringForm(turn: Turn, known: ActiveForm, text: string, explicitCommand: boolean): Promise<Reply[]> {
  let active = known;
  const quoted = unquoted(text) !== undefined;
  if (active.session.pending) {
    const outcome = quoted ? undefined : pendingOutcome(active.session.pending, { kind: 'text', text });
    if (outcome) return resolvePending(turn, active, outcome);
    // Something else typed: the person moved on, and the choice is dropped.
    active = { ...active, session: { ...active.session, pending: undefined } };
    await turn.deps.forms!.sessions.save(active.session);
  }
  // The form's own words, alone: `annuler`/`pause`, `retour`, `passer`.
  const { word, args } = splitCommand(text);
  const command = quoted ? undefined : coreCommandOf(word);
  if (args === '' && (command === 'cancel' || command === 'back' || command === 'skip')) return formControl(turn, active, command);
  const reading = await readTyped(turn, text, explicitCommand, (typed) => typedControl(turn, active, typed));
  switch (reading.kind) {
    case 'answer':
      return formAnswer(turn, active, { kind: 'text', text: reading.text });
    case 'action':
      return act(turn, active, reading.action);
    case 'command':
      return runDuringForm(turn, active, text);
    case 'ambiguous':
      return askWhich(turn, active, text);
  }
}
