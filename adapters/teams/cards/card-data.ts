import { z } from 'zod';
import { questionRefSchema } from '../../../src/core/question-ref.js';
import type { Action, ControlName } from '../../../src/core/events.js';
import type { QuestionRef } from '../../../src/core/replies.js';

/**
 * What an Action.Submit carries back. Teams merges the card's input values into this object, by
 * input id (`answer`, `answerOther`, `answerDate`, `answerTime`, `answerText`). `user` is the
 * person the card was made for, so someone else's click is refused.
 */
export const CARD_MARK = 'boussole';

/** The `user` of a card posted to a channel, where anyone may answer (a policy acknowledgement). */
export const ANYONE = '*';

export const ANSWER_KINDS = ['text', 'list', 'url', 'duration', 'number', 'choice', 'multi-choice', 'date', 'time', 'datetime', 'user'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export const INPUT_IDS = { answer: 'answer', other: 'answerOther', date: 'answerDate', time: 'answerTime', text: 'answerText' } as const;

export interface ButtonData {
  [CARD_MARK]: 1;
  user: string;
  action: Action;
}

export interface AnswerData {
  [CARD_MARK]: 1;
  user: string;
  /** The question answered and the kind of input shown (the inputs' values sit beside it). */
  question: { ref: QuestionRef; input: AnswerKind };
}

export const CONTROL_NAMES = ['back', 'skip', 'cancel', 'review', 'complete', 'add-another', 'done'] as const satisfies readonly ControlName[];

export { questionRefSchema };

export const answerInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(30_000) }),
  z.object({ kind: z.literal('choice'), value: z.string().min(1).max(500) }),
  z.object({ kind: z.literal('choices'), values: z.array(z.string().min(1).max(500)).max(100), other: z.string().max(2000).optional() }),
  z.object({ kind: z.literal('date'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.object({ kind: z.literal('time'), time: z.string().regex(/^\d{2}:\d{2}$/) }),
  z.object({ kind: z.literal('datetime'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), time: z.string().regex(/^\d{2}:\d{2}$/) }),
  z.object({ kind: z.literal('user'), id: z.string().min(1).max(200), name: z.string().max(200).optional() }),
]);

export const actionSchema: z.ZodType<Action> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), ref: questionRefSchema, value: answerInputSchema }),
  z.object({ kind: z.literal('control'), control: z.enum(CONTROL_NAMES), ref: questionRefSchema.optional() }),
  z.object({ kind: z.literal('command'), text: z.string().min(1).max(500) }),
]);

export function buttonData(user: string, action: Action): ButtonData {
  return { [CARD_MARK]: 1, user, action };
}

export function answerData(user: string, ref: QuestionRef, input: AnswerKind): AnswerData {
  return { [CARD_MARK]: 1, user, question: { ref, input } };
}
