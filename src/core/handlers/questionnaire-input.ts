import { detectCommand } from '../commands/detect.js';
import { commandsOf } from '../commands/core-commands.js';
import { runCommand, unknownCommand } from '../commands/router.js';
import type { Action } from '../events.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { message } from '../i18n/messages.js';
import { pendingOutcome } from '../dialogue/pending.js';
import { ask } from '../dialogue/present.js';
import type { Session } from '../ports/stores.js';
import type { AnswerInput, QuestionRef, Reply } from '../replies.js';
import { readTyped, typedLabel, unquoted } from './typed-reply.js';
import type { Turn } from '../turn.js';
import { FINISH_WORDS, activeSession, answer, askAgain, askChoice, control, ctxFor, loadSession, resolveConflict } from './dialogue.js';

// The rule itself is in typed-reply.ts, shared with the short forms (form-input.ts).

/** The question's buttons and options as the person may type them, in both languages. */
async function typedControl(turn: Turn, session: Session, typed: string): Promise<Action | undefined> {
  const step = turn.step(session.step);
  if (!step) return undefined;
  const plan = await turn.deps.plans.get(turn.tenantId);
  for (const locale of [turn.locale, ...LOCALES.filter((l) => l !== turn.locale)] as Locale[]) {
    for (const reply of ask(step, session, ctxFor(turn, plan, step.number, locale))) {
      const buttons = reply.kind === 'question' || reply.kind === 'buttons' ? reply.buttons : [];
      const button = buttons.find((b) => typedLabel(b.label) === typed);
      if (button) return button.action;
      if (reply.kind === 'question' && (reply.input.kind === 'choice' || reply.input.kind === 'multi-choice')) {
        const option = reply.input.options.find((o) => typedLabel(o.label) === typed);
        if (option) return { kind: 'answer', ref: reply.ref, value: { kind: 'choice', value: option.value } };
      }
    }
  }
  // Labels of buttons shown elsewhere in the questionnaire: "Terminer l’étape" typed before the
  // review opens the review (where the step is completed); "Terminer la liste" typed inside a
  // list's item ends the list when it may end (otherwise skip says why it cannot).
  const named = (key: 'review.complete' | 'group.done') => LOCALES.some((l) => typedLabel(message(l, key)) === typed);
  if (session.position.at !== 'review' && named('review.complete')) return { kind: 'control', control: 'review' };
  if (session.position.at === 'question' && session.position.itemId !== undefined && named('group.done')) return { kind: 'control', control: 'skip' };
  // `terminer` / `finish` alone, at a question, is that button's word, never an answer: it ends a
  // list's item as "Terminer la liste" does, and elsewhere opens the review as "Terminer l’étape".
  if (session.position.at === 'question' && FINISH_WORDS.has(typed)) return { kind: 'control', control: session.position.itemId !== undefined ? 'skip' : 'review' };
  return undefined;
}

async function act(turn: Turn, action: Action, session: Session): Promise<Reply[]> {
  if (action.kind === 'control') return control(turn, action.control, action.ref);
  if (action.kind === 'answer') return answer(turn, action.value, action.ref, session);
  return runAndAskAgain(turn, action.text, session);
}

/** Runs a command typed mid-questionnaire and, when it left the question waiting, asks it again. */
export async function runAndAskAgain(turn: Turn, text: string, session: Session): Promise<Reply[]> {
  const replies = (await runCommand(turn, text)) ?? unknownCommand(turn, text);
  // The command asked something itself (a form, another step, back…): that is what waits now.
  if (replies.some((r) => r.kind === 'question')) return replies;
  const after = await loadSession(turn);
  if (!after || after.step !== session.step || after.turn !== session.turn) return replies;
  // `langue en` changed the language the question comes back in.
  const locale = (await turn.deps.users.touch(turn.tenantId, turn.actor.id, turn.actor.name)).locale ?? turn.locale;
  return [...replies, ...(await askAgain(turn, after, locale))];
}

/** Text typed (or sent after `/boussole`) while the session's question waits. */
export async function typedDuringQuestionnaire(turn: Turn, text: string, known: Session, explicitCommand = false): Promise<Reply[]> {
  const active = await activeSession(turn, known);
  if (Array.isArray(active)) {
    // No questionnaire to come back to (its step was completed, or its questions changed): a
    // command is just a command.
    const found = detectCommand(text, turn.locale, commandsOf(turn));
    const ran = found || explicitCommand ? await runCommand(turn, text) : undefined;
    return ran ?? active;
  }
  let session = active.session;
  if (session.pending) {
    const outcome = unquoted(text) !== undefined ? undefined : pendingOutcome(session.pending, { kind: 'text', text });
    if (outcome) return resolvePending(turn, session, outcome);
    // Something else typed: the person moved on, and the choice is dropped.
    session = { ...session, pending: undefined };
    await turn.deps.sessions.save(session);
  }
  const reading = await readTyped(turn, text, explicitCommand, (typed) => typedControl(turn, session, typed));
  switch (reading.kind) {
    case 'answer':
      return answer(turn, { kind: 'text', text: reading.text }, undefined, session);
    case 'action':
      return act(turn, reading.action, session);
    case 'command':
      return runAndAskAgain(turn, text, session);
    case 'ambiguous':
      return askChoice(turn, session, { kind: 'command-or-answer', text });
  }
}

/** A button of a pending choice (its ref is the pending question's). */
export async function pendingAnswer(turn: Turn, input: AnswerInput, ref: QuestionRef | undefined): Promise<Reply[]> {
  const active = await activeSession(turn);
  if (Array.isArray(active)) return active;
  const { session } = active;
  const outcome = session.pending && (ref === undefined || ref.turn === session.turn) ? pendingOutcome(session.pending, input) : undefined;
  if (!outcome) return answer(turn, input, ref, session);
  return resolvePending(turn, session, outcome);
}

async function resolvePending(turn: Turn, session: Session, outcome: NonNullable<ReturnType<typeof pendingOutcome>>): Promise<Reply[]> {
  const pending = session.pending!;
  if (outcome === 'keep' || outcome === 'replace') return resolveConflict(turn, session, outcome);
  if (pending.kind !== 'command-or-answer') return resolveConflict(turn, session, 'keep');
  const cleared: Session = { ...session, pending: undefined };
  await turn.deps.sessions.save(cleared);
  if (outcome === 'answer') return answer(turn, { kind: 'text', text: pending.text }, undefined, cleared);
  return runAndAskAgain(turn, pending.text, cleared);
}
