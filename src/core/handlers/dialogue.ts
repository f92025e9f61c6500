import { pick, type Locale } from '../i18n/locale.js';
import { dialogueContext } from '../dialogue/context.js';
import { answerFingerprint, fingerprint } from '../dialogue/fingerprint.js';
import { contextAt, firstMissingInGroup, groupAt, missingAnswers, newItemPosition, nextPosition, questionAt, resumePosition } from '../dialogue/flow.js';
import { DIALOGUE_TEXT } from '../dialogue/messages.js';
import { echoLine } from '../dialogue/echo.js';
import { storedAt } from '../dialogue/pending.js';
import { ask, itemName, reviewLines } from '../dialogue/present.js';
import { parseEditTarget, resolveEdit } from '../dialogue/edit-target.js';
import { parseAnswer } from '../dialogue/parse/answer.js';
import { matchChoice } from '../dialogue/parse/choice.js';
import { STEP_NUMBERS, type DialogueContext, type Group, type Question, type StepDefinition, type StepNumber } from '../dialogue/types.js';
import { groupItems, keepKnownName, type ScalarValue } from '../dialogue/values.js';
import type { ControlName } from '../events.js';
import type { Actor, PlanView, Position, Session } from '../ports/stores.js';
import type { AnswerInput, QuestionRef, Reply } from '../replies.js';
import { normalize } from '../text/normalize.js';
import { quoted } from '../i18n/format.js';
import type { Turn } from '../turn.js';
import { lockedBy, nextStep } from './status.js';
import { personName } from '../people/person-name.js';

/**
 * How far `retour` goes back, one question at a time; further back is the review's job (it lists
 * every answer). The trail is stored with the person's cursor in the plan document, read and
 * written on every turn, where each field costs the embedded server time.
 */
const MAX_TRAIL = 30;

export function ctxFor(turn: Turn, plan: PlanView, step: StepNumber, locale = turn.locale): DialogueContext {
  return dialogueContext(plan, step, locale, turn.tenant.timeZone, turn.now);
}

export async function loadSession(turn: Turn): Promise<Session | null> {
  return turn.deps.sessions.get(turn.tenantId, turn.actor.id, turn.event.conversation.id);
}

function newSession(turn: Turn, step: StepDefinition, position: Position): Session {
  return {
    tenantId: turn.tenantId,
    userId: turn.actor.id,
    conversationId: turn.event.conversation.id,
    step: step.number,
    definition: fingerprint(step),
    turn: 1,
    position,
    trail: [],
    returnToReview: false,
    updatedAt: turn.now.toISOString(),
  };
}

/**
 * Moves the session to `position` and asks what is there. A group about to get its first item,
 * when earlier answers suggest items (step 8's opinion leaders from step 1), is seeded with them.
 */
async function moveTo(
  turn: Turn,
  step: StepDefinition,
  session: Session,
  position: Position,
  notes: Reply[] = [],
  remember = true,
  current?: PlanView,
): Promise<Reply[]> {
  let plan = current ?? (await turn.deps.plans.get(turn.tenantId));
  let ctx = ctxFor(turn, plan, step.number);
  if (position.at === 'question' && position.itemId !== undefined) {
    const group = groupAt(step, position.node);
    if (group?.suggestItems && groupItems(ctx.answers[group.key]).length === 0) {
      const suggestions = inChoiceOrder(group, group.suggestItems(ctx));
      if (suggestions.length > 0) {
        await turn.deps.plans.addItems(turn.tenantId, step.number, group.key, suggestions, turn.actor);
        plan = await turn.deps.plans.get(turn.tenantId);
        ctx = ctxFor(turn, plan, step.number);
        position = firstMissingInGroup(step, position.node, ctx) ?? { at: 'group-more', node: position.node };
        notes = [...notes, turn.text('group.prefilled', { count: suggestions.length })];
      }
    }
  }
  const next: Session = {
    ...session,
    turn: session.turn + 1,
    position,
    trail: remember ? [...session.trail, session.position].slice(-MAX_TRAIL) : session.trail,
    returnToReview: position.at === 'review' ? false : session.returnToReview,
    // What the person is shown now, to tell at answer time whether a teammate changed it since.
    seen: answerFingerprint(storedAt(step, position, ctx)),
    pending: undefined,
    updatedAt: turn.now.toISOString(),
  };
  await turn.deps.sessions.save(next);
  return [...notes, ...ask(step, next, ctx)];
}

/** Pre-filled items in the order their first question lists its choices (kinds of comment, platforms). */
function inChoiceOrder(group: Group, items: Array<Record<string, ScalarValue>>): Array<Record<string, ScalarValue>> {
  const first = group.questions[0];
  if (!first || (first.kind !== 'choice' && first.kind !== 'multi-choice')) return items;
  const rank = (item: Record<string, ScalarValue>) => {
    const index = first.choices.findIndex((c) => c.value === item[first.key]);
    return index < 0 ? first.choices.length : index;
  };
  return [...items].sort((a, b) => rank(a) - rank(b));
}

export async function startStep(turn: Turn, raw: string): Promise<Reply[]> {
  const value = raw.trim();
  if (value === '') return [turn.text('step.missingNumber')];
  const number = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  const step = turn.step(number);
  if (!step) return [turn.text('step.unknown', { value: value.slice(0, 20) })];
  const plan = await turn.deps.plans.get(turn.tenantId);
  const locked = lockedBy(turn, step, plan);
  if (locked.length > 0) {
    const names = locked.map((n) => `${n}. ${pick(turn.step(n)!.title, turn.locale)}`).join(', ');
    return [turn.text('step.locked', { step: step.number, missing: names })];
  }
  const state = plan.step(step.number);
  if (state.status === 'complete' || state.status === 'skipped') {
    return [turn.text('step.alreadyComplete', { step: step.number, title: pick(step.title, turn.locale) })];
  }
  const existing = await loadSession(turn);
  if (existing && existing.step === step.number && existing.definition === fingerprint(step)) {
    return [turn.text('step.resumed'), ...ask(step, existing, ctxFor(turn, plan, step.number))];
  }
  await turn.deps.plans.start(turn.tenantId, step.number, turn.actor);
  const fresh = await turn.deps.plans.get(turn.tenantId);
  const ctx = ctxFor(turn, fresh, step.number);
  const position = resumePosition(step, ctx, turn.newId);
  const intro: Reply[] = [
    { kind: 'text', text: turn.t('step.intro', { step: step.number, title: pick(step.title, turn.locale), intro: pick(step.intro, turn.locale) }) },
    ...(state.status === 'not-started' ? (step.tips ?? []).slice(0, 2).map((tip): Reply => turn.text('step.tip', { tip: pick(tip, turn.locale) })) : []),
  ];
  const session = newSession(turn, step, position);
  return moveTo(turn, step, { ...session, turn: 0 }, position, intro, false);
}

/** The current question again (after a restart, or `continue`). */
export async function resume(turn: Turn): Promise<Reply[] | undefined> {
  const session = await loadSession(turn);
  if (session) return startStep(turn, String(session.step));
  // After `pause` (which ends the session), the step the team last worked on, where it was left.
  const plan = await turn.deps.plans.get(turn.tenantId);
  const lastWorkedOn = STEP_NUMBERS.map((n) => ({ n, step: plan.step(n) }))
    .filter(({ step }) => step.status === 'in-progress')
    .sort((a, b) => (b.step.updatedAt ?? b.step.startedAt ?? '').localeCompare(a.step.updatedAt ?? a.step.startedAt ?? ''))[0];
  return lastWorkedOn ? startStep(turn, String(lastWorkedOn.n)) : undefined;
}

/** `known`: the session the caller already read this turn (saves reading it twice). */
export async function activeSession(turn: Turn, known?: Session | null): Promise<{ session: Session; step: StepDefinition; plan: PlanView; notes: Reply[] } | Reply[]> {
  const session = known === undefined ? await loadSession(turn) : known;
  if (!session) return [turn.text('answer.noSession')];
  const step = turn.step(session.step);
  const plan = await turn.deps.plans.get(turn.tenantId);
  if (!step || plan.step(session.step).status !== 'in-progress') {
    await turn.deps.sessions.clear(turn.tenantId, turn.actor.id, turn.event.conversation.id);
    return [turn.text('answer.notInProgress', { step: session.step })];
  }
  if (session.definition !== fingerprint(step)) {
    // The step's questions changed under this session: its position may point anywhere.
    const position = resumePosition(step, ctxFor(turn, plan, step.number), turn.newId);
    const repaired = { ...session, definition: fingerprint(step), trail: [] };
    return moveTo(turn, step, repaired, position, [turn.text('step.definitionChanged')], false);
  }
  return { session, step, plan, notes: [] };
}

function isLeavableNewItem(position: Position, group: Group, ctx: DialogueContext): boolean {
  if (position.at !== 'question' || position.itemId === undefined) return false;
  const items = groupItems(ctx.answers[group.key]);
  if (items.some((i) => i._id === position.itemId)) return false;
  return Boolean(group.optional) || items.length >= (group.min ?? 1);
}

function isStale(session: Session, ref: QuestionRef | undefined): boolean {
  return ref !== undefined && (ref.step !== session.step || ref.turn !== session.turn);
}

async function staleReply(turn: Turn, session: Session, step: StepDefinition, plan: PlanView): Promise<Reply[]> {
  return [turn.text('answer.stale'), ...ask(step, session, ctxFor(turn, plan, step.number))];
}

function afterAnswer(step: StepDefinition, session: Session, position: Position, ctx: DialogueContext, turn: Turn): Position {
  const next = nextPosition(step, position, ctx, turn.newId);
  if (!session.returnToReview) return next;
  // After an edit from the review: finish the group item being edited, then back to the review.
  if (position.at === 'question' && position.itemId !== undefined && next.at === 'question' && next.node === position.node) return next;
  // An edit may reveal questions (a condition now holds): ask those before the review.
  return missingAnswers(step, ctx, turn.newId)[0]?.position ?? { at: 'review' };
}

/**
 * "Terminer l’étape" / "Complete the step" in one word (folded by `typedLabel`): what people type
 * to finish, at the review and at a question alike.
 */
export const FINISH_WORDS: ReadonlySet<string> = new Set(['terminer', 'finish', 'complete', 'fini']);

export async function answer(turn: Turn, input: AnswerInput, ref?: QuestionRef, known?: Session | null): Promise<Reply[]> {
  const active = await activeSession(turn, known);
  if (Array.isArray(active)) return active;
  const { session, step, plan } = active;
  if (isStale(session, ref)) return staleReply(turn, session, step, plan);
  const ctx = ctxFor(turn, plan, step.number);
  const position = session.position;
  // A one-turn choice waits first (see questionnaire-input.ts, which resolves it).
  if (session.pending) return ask(step, session, ctx);

  if (position.at === 'review') {
    const text = input.kind === 'text' ? normalize(input.text) : '';
    if (FINISH_WORDS.has(text) || ['done', 'ok', 'valider'].includes(text)) return control(turn, 'complete');
    return [turn.text('review.hint'), ...ask(step, session, ctx)];
  }

  if (position.at === 'group-more') {
    const group = groupAt(step, position.node)!;
    const raw = input.kind === 'text' ? input.text : input.kind === 'choice' ? input.value : '';
    const remove = /^(retirer|supprimer|enlever|remove|delete)\s+(\d+)$/.exec(normalize(raw));
    if (remove) {
      const items = groupItems(ctx.answers[group.key]);
      const item = items[Number(remove[2]) - 1];
      if (!item) return [turn.text('edit.unknown', { value: remove[2]! }), ...ask(step, session, ctx)];
      await turn.deps.plans.unsetAnswer(turn.tenantId, step.number, { group: group.key, itemId: item._id }, turn.actor);
      return moveTo(turn, step, session, position, [turn.text('group.removed', { n: Number(remove[2]) })], false);
    }
    const choice = matchChoice(raw, [
      { value: 'add', label: { fr: 'ajouter', en: 'add' } },
      { value: 'done', label: { fr: 'terminer', en: 'done' } },
    ]) ?? (['oui', 'yes', 'autre', 'another', 'encore'].includes(normalize(raw)) ? { value: 'add' } : ['non', 'no', 'fini', 'finish', 'fin', 'termine'].includes(normalize(raw)) ? { value: 'done' } : undefined);
    if (!choice) return [turn.text('group.more', { item: pick(group.itemLabel, turn.locale) }), ...ask(step, session, ctx)];
    const count = groupItems(ctx.answers[group.key]).length;
    if (choice.value === 'add') {
      if (group.max !== undefined && count >= group.max) return [turn.text('group.max', { max: group.max }), ...ask(step, session, ctx)];
      return moveTo(turn, step, session, newItemPosition(step, position.node, ctx, turn.newId()), [], true, plan);
    }
    if (count < (group.optional ? 0 : (group.min ?? 1))) {
      return [turn.text('group.min', { min: group.min ?? 1, item: pick(group.itemLabel, turn.locale) }), ...ask(step, session, ctx)];
    }
    const incomplete = firstMissingInGroup(step, position.node, ctx);
    if (incomplete) return moveTo(turn, step, session, incomplete);
    return moveTo(turn, step, session, session.returnToReview ? { at: 'review' } : nextPosition(step, position, ctx, turn.newId), [], true, plan);
  }

  const found = questionAt(step, position);
  if (!found) return moveTo(turn, step, session, resumePosition(step, ctx, turn.newId), [], false);
  const parsed = parseAnswer(found.question, input, { locale: turn.locale, timeZone: turn.tenant.timeZone, now: turn.now, me: turn.actor });
  const refusal = parsed.ok ? found.question.check?.(parsed.value, contextAt(step, position, ctx)) : parsed.error;
  if (!parsed.ok || refusal) return [{ kind: 'text', text: `⚠️ ${pick(refusal!, turn.locale)}` }, ...ask(step, session, ctx)];
  const stored = answerFingerprint(storedAt(step, position, ctx));
  if (session.seen !== undefined && stored !== session.seen && stored !== answerFingerprint(parsed.value)) {
    // Changed after it was shown here: by a teammate, the person chooses and nothing is lost; by
    // the person themselves (in another conversation), the new answer simply replaces it.
    const by = await lastChangedBy(turn, step.number, historyKey(found, position));
    if (by !== turn.actor) {
      const waiting: Session = { ...session, turn: session.turn + 1, pending: { kind: 'conflict', value: parsed.value, ...(by ? { by: personName(by, turn.locale) } : {}) }, updatedAt: turn.now.toISOString() };
      await turn.deps.sessions.save(waiting);
      return ask(step, waiting, ctx);
    }
  }
  return save(turn, step, session, found, keepKnownName(parsed.value, storedAt(step, position, ctx)), ctx);
}

/** Saves the answer at the session's question, then says what was stored and asks what comes next. */
async function save(turn: Turn, step: StepDefinition, session: Session, found: { question: Question; group?: Group }, value: ScalarValue, ctx: DialogueContext): Promise<Reply[]> {
  const position = session.position;
  const path = found.group
    ? {
        group: found.group.key,
        itemId: position.at === 'question' ? position.itemId! : '',
        key: found.question.key,
        newItem: !groupItems(ctx.answers[found.group.key]).some((i) => position.at === 'question' && i._id === position.itemId),
      }
    : { key: found.question.key };
  const saved = await turn.deps.plans.setAnswer(turn.tenantId, step.number, path, value, turn.actor);
  if (!saved) return [turn.text('answer.notInProgress', { step: step.number })];
  const after = await turn.deps.plans.get(turn.tenantId);
  const updated = ctxFor(turn, after, step.number);
  return moveTo(turn, step, session, afterAnswer(step, session, position, updated, turn), [echo(turn, step, position, found.question, value, updated)], true, after);
}

/** The echo of a step's answer, naming the item it belongs to in a group. */
function echo(turn: Turn, step: StepDefinition, position: Position, question: Question, value: ScalarValue, ctx: DialogueContext): Reply {
  const label = pick(question.label ?? question.prompt, turn.locale);
  const item = itemName(step, position, ctx);
  return echoLine(turn, item === undefined ? label : DIALOGUE_TEXT.t(turn.locale, 'itemQuestion', { item, prompt: label }), question, value);
}

function historyKey(found: { question: Question; group?: Group }, position: Position): string {
  return found.group && position.at === 'question' ? `${found.group.key}[${position.itemId}].${found.question.key}` : found.question.key;
}

/** Who last changed this answer, as the plan's history says (`turn.actor` itself when it was them). */
async function lastChangedBy(turn: Turn, step: StepNumber, key: string): Promise<Actor | undefined> {
  const entries = await turn.deps.plans.history(turn.tenantId, step, 50);
  const last = entries.find((e) => e.key === key);
  return last && last.by.id === turn.actor.id ? turn.actor : last?.by;
}

/**
 * The way out of a teammate conflict: keep their answer (and go on as if answered) or replace it
 * with the one held in the session.
 */
export async function resolveConflict(turn: Turn, known: Session, outcome: 'keep' | 'replace'): Promise<Reply[]> {
  const active = await activeSession(turn, known);
  if (Array.isArray(active)) return active;
  const { session, step, plan } = active;
  const pending = session.pending;
  const found = questionAt(step, session.position);
  const ctx = ctxFor(turn, plan, step.number);
  if (pending?.kind !== 'conflict' || !found) return moveTo(turn, step, session, session.position, [], false, plan);
  if (outcome === 'replace') return save(turn, step, { ...session, pending: undefined }, found, pending.value, ctx);
  return moveTo(turn, step, session, afterAnswer(step, session, session.position, ctx, turn), [{ kind: 'text', text: DIALOGUE_TEXT.t(turn.locale, 'conflict.kept') }], true, plan);
}

/** Sets a one-turn choice aside in the session and asks it (see PendingChoice). */
export async function askChoice(turn: Turn, known: Session, pending: NonNullable<Session['pending']>): Promise<Reply[]> {
  const active = await activeSession(turn, known);
  if (Array.isArray(active)) return active;
  const { session, step, plan } = active;
  const waiting: Session = { ...session, turn: session.turn + 1, pending, updatedAt: turn.now.toISOString() };
  await turn.deps.sessions.save(waiting);
  return ask(step, waiting, ctxFor(turn, plan, step.number));
}

/** The question waiting, asked again (after a command run in the middle of it), in `locale`. */
export async function askAgain(turn: Turn, session: Session, locale: Locale): Promise<Reply[]> {
  const step = turn.step(session.step);
  if (!step) return [];
  const plan = await turn.deps.plans.get(turn.tenantId);
  if (plan.step(step.number).status !== 'in-progress') return [];
  return [{ kind: 'text', text: DIALOGUE_TEXT.t(locale, 'waiting') }, ...ask(step, session, ctxFor(turn, plan, step.number, locale))];
}

export async function control(turn: Turn, name: ControlName, ref?: QuestionRef): Promise<Reply[]> {
  const active = await activeSession(turn);
  if (Array.isArray(active)) return active;
  const { session, step, plan } = active;
  if (isStale(session, ref)) return staleReply(turn, session, step, plan);
  const ctx = ctxFor(turn, plan, step.number);
  switch (name) {
    case 'back': {
      const previous = session.trail.at(-1);
      if (!previous) return [turn.text('control.nothingBack'), ...ask(step, session, ctx)];
      return moveTo(turn, step, { ...session, trail: session.trail.slice(0, -1) }, previous, [], false);
    }
    case 'skip': {
      const found = questionAt(step, session.position);
      if (found?.group && session.position.at === 'question' && isLeavableNewItem(session.position, found.group, ctx)) {
        // Skipping the first question of a new item of an optional (or full enough) list ends the list.
        const node = session.position.node;
        const hasItems = groupItems(ctx.answers[found.group.key]).length > 0;
        return moveTo(turn, step, session, hasItems ? { at: 'group-more', node } : nextPosition(step, { at: 'group-more', node }, ctx, turn.newId));
      }
      if (!found?.question.optional) return [turn.text('answer.requiredCannotSkip'), ...ask(step, session, ctx)];
      return moveTo(turn, step, session, afterAnswer(step, session, session.position, ctx, turn));
    }
    case 'review':
      return moveTo(turn, step, session, { at: 'review' });
    case 'cancel':
      await turn.deps.sessions.clear(turn.tenantId, turn.actor.id, turn.event.conversation.id);
      return [turn.text('control.cancelled', { step: step.number })];
    case 'add-another':
      return answer(turn, { kind: 'choice', value: 'add' }, ref);
    case 'done':
      return answer(turn, { kind: 'choice', value: 'done' }, ref);
    case 'complete':
      return complete(turn, step, session, ctx);
  }
}

async function complete(turn: Turn, step: StepDefinition, session: Session, ctx: DialogueContext): Promise<Reply[]> {
  const skipped = step.optional && step.skipRest?.(ctx);
  const missing = skipped ? [] : missingAnswers(step, ctx, turn.newId);
  if (missing.length > 0) {
    const first = missing[0]!;
    return moveTo(turn, step, session, first.position, [
      turn.text('step.missingAnswers', { missing: missing.slice(0, 5).map((m) => quoted(m.label, turn.locale)).join(', ') }),
    ]);
  }
  const done = await turn.deps.plans.complete(turn.tenantId, step.number, turn.actor, skipped ? 'skipped' : 'complete');
  await turn.deps.sessions.clear(turn.tenantId, turn.actor.id, turn.event.conversation.id);
  if (!done) return [turn.text('answer.notInProgress', { step: step.number })];
  const plan = await turn.deps.plans.get(turn.tenantId);
  const replies: Reply[] = [
    skipped ? turn.text('step.skippedOptional', { step: step.number }) : turn.text('step.completed', { step: step.number, title: pick(step.title, turn.locale) }),
  ];
  try {
    const notes = await turn.deps.onStepComplete?.(turn.tenantId, step.number, plan, { locale: turn.locale, conversationId: turn.event.conversation.id });
    if (notes) replies.push(...notes);
  } catch (error) {
    turn.deps.log.error({ err: error, step: step.number }, 'step completion hook failed');
  }
  const next = nextStep(turn, plan);
  replies.push(
    next
      ? {
          kind: 'buttons',
          text: turn.t('step.next', { step: next.number, title: pick(next.title, turn.locale) }),
          buttons: [{ label: turn.t('status.start', { step: next.number }), action: { kind: 'command', text: turn.t('command.step', { step: next.number }) }, style: 'primary' }],
        }
      : turn.text('step.allDone'),
  );
  return replies;
}

export async function edit(turn: Turn, raw: string): Promise<Reply[]> {
  const active = await activeSession(turn);
  if (Array.isArray(active)) return active;
  const { session, step, plan } = active;
  const ctx = ctxFor(turn, plan, step.number);
  const target = parseEditTarget(raw);
  const outcome = target ? resolveEdit(step, ctx, reviewLines(step, ctx), target) : ({ kind: 'unknown' } as const);
  switch (outcome.kind) {
    case 'unknown':
      return [turn.text('edit.unknown', { value: raw.trim().slice(0, 10) }), ...ask(step, session, ctx)];
    case 'refused':
      return [outcome.reply, ...ask(step, session, ctx)];
    // The item's fields as buttons; the session stays where it was until one is chosen.
    case 'choose':
      return outcome.replies;
    case 'open':
      return moveTo(turn, step, { ...session, returnToReview: true }, outcome.position);
  }
}

