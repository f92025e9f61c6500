import type { Action } from '../../../src/core/events.js';
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

export function buttonData(user: string, action: Action): ButtonData {
  return { [CARD_MARK]: 1, user, action };
}

export function answerData(user: string, ref: QuestionRef, input: AnswerKind): AnswerData {
  return { [CARD_MARK]: 1, user, question: { ref, input } };
}
