// Generic reads of stored answers, for code driven by the step definitions rather than by one
// step's keys (the plan document's sections). Code that knows which step it reads uses that
// step's typed reader (readStep1…readStep10) instead.
import { groupItems, type AnswerValue, type ScalarValue } from '../src/core/dialogue/values.js';
import { fold } from '../src/core/i18n/format.js';

/** A step's answers or one group item's answers. */
export type AnswerRecord = Readonly<Record<string, AnswerValue | ScalarValue | undefined>>;

export type Item = Record<string, ScalarValue> & { _id: string };

export function itemsOf(answers: AnswerRecord, key: string): Item[] {
  return groupItems(answers[key] as AnswerValue | undefined);
}

/** True once anything at all has been answered in the step. */
export function hasAnswers(answers: AnswerRecord): boolean {
  return Object.values(answers).some((value) => value !== undefined);
}

/** Lower case, no accents, single spaces: how free text is compared with free text. */
export function normalizeText(text: string): string {
  return fold(text);
}
