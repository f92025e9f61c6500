import { pick } from '../i18n/locale.js';
import type { CommandContext } from '../commands/command.js';
import type { FormDefinition } from '../dialogue/form.js';
import { echoLine } from '../dialogue/echo.js';
import { formatAnswer } from '../dialogue/format.js';
import { initialValue } from '../dialogue/initial-value.js';
import { parseAnswer } from '../dialogue/parse/answer.js';
import { inputFor } from '../dialogue/present.js';
import type { DialogueContext, Question, StepAnswers } from '../dialogue/types.js';
import { keepKnownName } from '../dialogue/values.js';
import type { ControlName } from '../events.js';
import type { FormSession, PlanView } from '../ports/stores.js';
import type { AnswerInput, Button, QuestionRef, Reply } from '../replies.js';
import type { Turn } from '../turn.js';

/** Form questions are addressed as step 0, `form:<id>:<key>`, so their buttons never answer a step. */
export const refKey = (form: FormDefinition, key: string) => `form:${form.id}:${key}`;

export function isFormRef(ref: QuestionRef | undefined): boolean {
  return ref !== undefined && ref.step === 0 && ref.key.startsWith('form:');
}

export function context(turn: Turn, plan: PlanView, answers: StepAnswers): DialogueContext {
  return { answers, step: (n) => plan.step(n).answers, locale: turn.locale, timeZone: turn.tenant.timeZone, now: turn.now };
}

/** The first question from `from` that is asked (its condition holds) and not `passed` over. */
function asked(form: FormDefinition, ctx: DialogueContext, from: number, passed: (q: Question) => boolean = () => false): number | undefined {
  for (let i = from; i < form.questions.length; i++) {
    const q = form.questions[i]!;
    if ((!q.when || q.when(ctx)) && !passed(q)) return i;
  }
  return undefined;
}

const answered = (answers: StepAnswers) => (q: Question) => answers[q.key] !== undefined;

export function ask(turn: Turn, form: FormDefinition, session: FormSession, ctx: DialogueContext): Reply[] {
  const question = form.questions[session.index]!;
  const ref: QuestionRef = { step: 0, key: refKey(form, question.key), turn: session.turn };
  // After Back, the answer given: said, and put in the card's input so that Send unchanged keeps it.
  const current = session.answers[question.key];
  const suggested = current === undefined ? question.suggest?.(ctx) : undefined;
  const control = (label: string, name: ControlName): Button => ({ label, action: { kind: 'control', control: name, ref } });
  const notes = [
    question.help ? pick(question.help, turn.locale) : undefined,
    current !== undefined ? turn.t('answer.current', { value: formatAnswer(question, current, turn.locale, turn.tenant.timeZone) }) : undefined,
  ].filter(Boolean);
  const initial = initialValue(question, current, turn.tenant.timeZone);
  return [
    {
      kind: 'question',
      ref,
      context: `${pick(form.title, turn.locale)} — ${turn.t('step.positionQuestion', { n: session.index + 1 })}`,
      prompt: pick(question.prompt, turn.locale),
      ...(notes.length ? { help: notes.join('\n') } : {}),
      input: inputFor(question, turn.locale),
      ...(suggested !== undefined ? { suggested: formatAnswer(question, suggested, turn.locale, turn.tenant.timeZone) } : {}),
      ...(initial ? { initial } : {}),
      buttons: [
        control(turn.t('control.back'), 'back'),
        ...(question.optional ? [control(turn.t('control.skip'), 'skip')] : []),
        control(turn.t('control.cancel'), 'cancel'),
      ],
    },
  ];
}

function commandContext(turn: Turn, startForm: CommandContext['startForm']): CommandContext {
  return {
    tenantId: turn.tenantId,
    user: { id: turn.actor.id, ...(turn.actor.name ? { name: turn.actor.name } : {}), isOwner: turn.isOwner },
    locale: turn.locale,
    timeZone: turn.tenant.timeZone,
    now: turn.now,
    answers: async (step) => (await turn.deps.plans.get(turn.tenantId)).step(step).answers,
    event: turn.event,
    startForm,
  };
}

/** Moves to the next question, or completes the form and hands its answers over. */
async function advance(turn: Turn, form: FormDefinition, session: FormSession, plan: PlanView, from: number, remember: boolean): Promise<Reply[]> {
  const ctx = context(turn, plan, session.answers);
  const next = asked(form, ctx, from);
  if (next === undefined) {
    await turn.deps.forms!.sessions.clear(turn.tenantId, turn.actor.id, turn.event.conversation.id);
    return form.complete(session.answers, commandContext(turn, (id, given) => startForm(turn, id, given)));
  }
  const moved: FormSession = {
    ...session,
    index: next,
    trail: remember ? [...session.trail, session.index] : session.trail,
    turn: session.turn + 1,
    updatedAt: turn.now.toISOString(),
  };
  await turn.deps.forms!.sessions.save(moved);
  return ask(turn, form, moved, ctx);
}

export async function startForm(turn: Turn, formId: string, given: StepAnswers = {}): Promise<Reply[]> {
  const form = turn.deps.forms?.definitions.find((f) => f.id === formId);
  if (!form) throw new Error(`unknown form ${formId}`);
  const answers = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as FormSession['answers'];
  const session: FormSession = {
    tenantId: turn.tenantId,
    userId: turn.actor.id,
    conversationId: turn.event.conversation.id,
    form: form.id,
    index: 0,
    answers,
    trail: [],
    turn: 0,
    updatedAt: turn.now.toISOString(),
  };
  const plan = await turn.deps.plans.get(turn.tenantId);
  // Questions already answered by what was typed with the command are not asked again.
  const ctx = context(turn, plan, answers);
  return advance(turn, form, session, plan, asked(form, ctx, 0, answered(answers)) ?? form.questions.length, false);
}

export async function formSessionOf(turn: Turn): Promise<{ session: FormSession; form: FormDefinition } | undefined> {
  const store = turn.deps.forms;
  if (!store) return undefined;
  const session = await store.sessions.get(turn.tenantId, turn.actor.id, turn.event.conversation.id);
  if (!session) return undefined;
  const form = store.definitions.find((f) => f.id === session.form);
  if (!form || !form.questions[session.index]) {
    await store.sessions.clear(turn.tenantId, turn.actor.id, turn.event.conversation.id);
    return undefined;
  }
  return { session, form };
}

export async function formAnswer(turn: Turn, active: { session: FormSession; form: FormDefinition }, input: AnswerInput, ref?: QuestionRef): Promise<Reply[]> {
  const { session, form } = active;
  const plan = await turn.deps.plans.get(turn.tenantId);
  const ctx = context(turn, plan, session.answers);
  if (ref && ref.turn !== session.turn) return [turn.text('answer.stale'), ...ask(turn, form, session, ctx)];
  const question = form.questions[session.index]!;
  const parsed = parseAnswer(question, input, { locale: turn.locale, timeZone: turn.tenant.timeZone, now: turn.now, me: turn.actor });
  const refusal = parsed.ok ? question.check?.(parsed.value, ctx) : parsed.error;
  if (!parsed.ok || refusal) return [{ kind: 'text', text: `⚠️ ${pick(refusal!, turn.locale)}` }, ...ask(turn, form, session, ctx)];
  const value = keepKnownName(parsed.value, session.answers[question.key]);
  const answered: FormSession = { ...session, answers: { ...session.answers, [question.key]: value } };
  const replies = await advance(turn, form, answered, plan, session.index + 1, true);
  // The last answer is echoed by the form's own summary ("Ajouté : …"); the others get their line.
  const last = asked(form, context(turn, plan, answered.answers), session.index + 1) === undefined;
  return last ? replies : [echoLine(turn, pick(question.label ?? question.prompt, turn.locale), question, value), ...replies];
}

export async function formControl(turn: Turn, active: { session: FormSession; form: FormDefinition }, name: ControlName, ref?: QuestionRef): Promise<Reply[]> {
  const { session, form } = active;
  const plan = await turn.deps.plans.get(turn.tenantId);
  const ctx = context(turn, plan, session.answers);
  if (ref && ref.turn !== session.turn) return [turn.text('answer.stale'), ...ask(turn, form, session, ctx)];
  switch (name) {
    case 'cancel':
      await turn.deps.forms!.sessions.clear(turn.tenantId, turn.actor.id, turn.event.conversation.id);
      return [turn.text('form.cancelled', { title: pick(form.title, turn.locale) })];
    case 'back': {
      const previous = session.trail.at(-1);
      if (previous === undefined) return [turn.text('control.nothingBack'), ...ask(turn, form, session, ctx)];
      const moved = { ...session, index: previous, trail: session.trail.slice(0, -1), turn: session.turn + 1 };
      await turn.deps.forms!.sessions.save(moved);
      return ask(turn, form, moved, ctx);
    }
    case 'skip':
      if (!form.questions[session.index]!.optional) return [turn.text('answer.requiredCannotSkip'), ...ask(turn, form, session, ctx)];
      return advance(turn, form, session, plan, session.index + 1, true);
    case 'complete': {
      // `terminer` / `finish`: the optional questions left are passed; a required one still
      // unanswered is asked (this one, with why, or the next such).
      const needed = asked(form, ctx, session.index, (q) => q.optional === true || answered(session.answers)(q));
      if (needed === session.index) return [turn.text('form.finishNeedsAnswer'), ...ask(turn, form, session, ctx)];
      return advance(turn, form, session, plan, needed ?? form.questions.length, true);
    }
    default:
      return ask(turn, form, session, ctx);
  }
}

export { commandContext };
