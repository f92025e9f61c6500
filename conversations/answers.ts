// Typed reads of stored answers. Steps (conditions, suggestions, checks), pitfall detection and
// documents all read the same loosely typed records, so the narrowing lives in one place.
import { groupItems, type AnswerValue, type ScalarValue, type UserValue } from '../src/core/dialogue/values.js';

/** A step's answers or one group item's answers. */
export type AnswerRecord = Readonly<Record<string, AnswerValue | ScalarValue | undefined>>;

export type Item = Record<string, ScalarValue> & { _id: string };

export function textOf(answers: AnswerRecord, key: string): string | undefined {
  const value = answers[key];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function stringsOf(answers: AnswerRecord, key: string): string[] {
  const value = answers[key];
  if (!Array.isArray(value)) return [];
  return value.map((entry) => entry.trim()).filter((entry) => entry !== '');
}

export function numberOf(answers: AnswerRecord, key: string): number | undefined {
  const value = answers[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function booleanOf(answers: AnswerRecord, key: string): boolean | undefined {
  const value = answers[key];
  return typeof value === 'boolean' ? value : undefined;
}

export function userOf(answers: AnswerRecord, key: string): UserValue | undefined {
  const value = answers[key];
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('id' in value)) return undefined;
  return typeof value.id === 'string' && value.id !== '' ? (value as UserValue) : undefined;
}

export function itemsOf(answers: AnswerRecord, key: string): Item[] {
  return groupItems(answers[key] as AnswerValue | undefined);
}

/** True once anything at all has been answered in the step. */
export function hasAnswers(answers: AnswerRecord): boolean {
  return Object.values(answers).some((value) => value !== undefined);
}

/** Lower case, no accents, single spaces: how free text is compared with free text. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
