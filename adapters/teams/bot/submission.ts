import { z } from 'zod';
import type { Action } from '../../../src/core/events.js';
import type { AnswerInput } from '../../../src/core/replies.js';
import { actionSchema, answerInputSchema } from '../../../src/core/action-schema.js';
import { questionRefSchema } from '../../../src/core/question-ref.js';
import { ANSWER_KINDS, ANYONE, CARD_MARK, INPUT_IDS, type AnswerKind } from '../cards/card-data.js';

/** What a card sent without: said to the person in their language (a zod detail is not). */
export type MissingInput = 'answer' | 'option' | 'date' | 'time' | 'person';

/**
 * Why a card submission was refused; the bot answers each with its own message. `missing` is the
 * person's doing (Send with the card left blank); `invalid`, a card altered or out of date, carries
 * the technical detail.
 */
export type Refusal = { reason: 'not-ours' } | { reason: 'not-for-you' } | { reason: 'missing'; what: MissingInput } | { reason: 'invalid'; detail: string };

export type Submission = { ok: true; action: Action } | { ok: false; refusal: Refusal };

const envelopeSchema = z
  .object({
    [CARD_MARK]: z.literal(1),
    user: z.string().min(1).max(200),
    action: z.unknown().optional(),
    question: z.object({ ref: questionRefSchema, input: z.enum(ANSWER_KINDS) }).optional(),
  })
  .passthrough();

const field = (value: Record<string, unknown>, id: string): string => {
  const raw = value[id];
  return typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : '';
};

class Missing extends Error {
  constructor(readonly what: MissingInput) {
    super(`no ${what} in the card`);
  }
}

/** The raw answer the card's inputs hold, by the kind of input the card showed. */
function answerOf(kind: AnswerKind, value: Record<string, unknown>): AnswerInput {
  const answer = field(value, INPUT_IDS.answer);
  const other = field(value, INPUT_IDS.other);
  const need = (text: string, what: MissingInput) => {
    if (!text) throw new Missing(what);
    return text;
  };
  switch (kind) {
    case 'text':
    case 'list':
    case 'url':
    case 'duration':
    case 'number':
      return { kind: 'text', text: need(answer, 'answer') };
    case 'choice':
      if (answer) return { kind: 'choice', value: answer };
      return { kind: 'text', text: need(other, 'option') };
    case 'multi-choice': {
      // Teams sends a multi-select's values as one comma-separated string.
      const values = answer ? answer.split(',').map((v) => v.trim()).filter(Boolean) : [];
      if (values.length === 0 && !other) throw new Missing('option');
      return { kind: 'choices', values, ...(other ? { other } : {}) };
    }
    case 'date':
      return { kind: 'date', date: need(answer, 'date') };
    case 'time':
      return { kind: 'time', time: need(answer, 'time').slice(0, 5) };
    case 'datetime':
      return {
        kind: 'datetime',
        date: need(field(value, INPUT_IDS.date), 'date'),
        time: need(field(value, INPUT_IDS.time), 'time').slice(0, 5),
      };
    case 'user': {
      if (answer) return { kind: 'user', id: answer };
      return { kind: 'text', text: need(field(value, INPUT_IDS.text), 'person') };
    }
  }
}

const describe = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'value'}: ${issue.message}` : 'malformed';
};

/**
 * An Action.Submit value -> the engine's Action, checked: it must be one of our cards, made for
 * this user, and carry a well-formed action or a filled-in answer.
 */
export function parseSubmission(value: unknown, userId: string): Submission {
  if (typeof value !== 'object' || value === null || (value as Record<string, unknown>)[CARD_MARK] === undefined) {
    return { ok: false, refusal: { reason: 'not-ours' } };
  }
  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) return { ok: false, refusal: { reason: 'invalid', detail: describe(envelope.error) } };
  if (envelope.data.user !== ANYONE && envelope.data.user !== userId) return { ok: false, refusal: { reason: 'not-for-you' } };
  if (envelope.data.action !== undefined) {
    const action = actionSchema.safeParse(envelope.data.action);
    return action.success ? { ok: true, action: action.data } : { ok: false, refusal: { reason: 'invalid', detail: describe(action.error) } };
  }
  if (!envelope.data.question) return { ok: false, refusal: { reason: 'invalid', detail: 'the card carries neither an action nor an answer' } };
  try {
    const raw = answerOf(envelope.data.question.input, value as Record<string, unknown>);
    const checked = answerInputSchema.safeParse(raw);
    if (!checked.success) return { ok: false, refusal: { reason: 'invalid', detail: describe(checked.error) } };
    return { ok: true, action: { kind: 'answer', ref: envelope.data.question.ref, value: checked.data } };
  } catch (error) {
    if (error instanceof Missing) return { ok: false, refusal: { reason: 'missing', what: error.what } };
    throw error;
  }
}
