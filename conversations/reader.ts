// The typed readers of stored answers: each step module describes its answers with these fields
// and exports `readStepN`. A field never throws: a value of the wrong shape (an older version's,
// a hand-edited document) reads as absent, so one damaged answer does not hide the others.
import { z } from 'zod';
import type { Choice } from '../src/core/dialogue/types.js';
import { userValueSchema, type StepAnswers } from '../src/core/dialogue/values.js';
import type { Bilingual } from '../src/core/i18n/locale.js';

/** Free text, trimmed; empty reads as absent. Also dates ('YYYY-MM-DD') and date-times (ISO). */
export const text = z
  .unknown()
  .transform((value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined))
  .optional();

/** Free text that an earlier version may have stored as a list: the list reads as one line. */
export const textOrList = z
  .unknown()
  .optional()
  .transform((value) => (Array.isArray(value) ? value.filter((entry) => typeof entry === 'string').join(', ') : value))
  .pipe(text);

/** A list or a multi-choice: its non-empty entries, trimmed; anything else in it is dropped. */
export const strings = z
  .unknown()
  .optional()
  .transform((value) => (Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string').map((entry) => entry.trim()).filter((entry) => entry !== '') : []));

export const number = z.number().optional().catch(undefined);

export const yesNo = z.boolean().optional().catch(undefined);

export const user = userValueSchema.optional().catch(undefined);

/** One of a choice question's values (a value typed under "other" is not one of them). */
export function oneOf<V extends string>(values: readonly [V, ...V[]]) {
  return z.enum(values).optional().catch(undefined);
}

/** A stored group item, its answers left to the group's shape to read one by one. */
const storedItem = z.object({ _at: z.string(), answers: z.record(z.string(), z.unknown()) });

/**
 * The items of a group in the order they were added, each read with `shape` and keeping its id.
 * An item that is not an item at all is left out; a damaged answer in an item reads as absent.
 */
export function items<S extends z.ZodRawShape>(shape: S, renamed: Partial<Record<keyof S & string, string>> = {}) {
  const item = z.object(shape);
  // A key renamed since an older version: its old name is read when the new one is absent.
  const upgrade = (answers: Record<string, unknown>) => {
    const out = { ...answers };
    for (const [key, old] of Object.entries(renamed) as Array<[string, string]>) if (out[key] === undefined && out[old] !== undefined) out[key] = out[old];
    return out;
  };
  const schema = z
    .unknown()
    .optional()
    .transform((value) => {
      const raw = z.object({ items: z.record(z.string(), z.unknown()) }).safeParse(value);
      if (!raw.success) return [];
      return Object.entries(raw.data.items)
        .flatMap(([id, entry]) => {
          const parsed = storedItem.safeParse(entry);
          return parsed.success ? [{ id, ...parsed.data }] : [];
        })
        .sort((a, b) => a._at.localeCompare(b._at))
        .map(({ id, answers }) => ({ ...item.parse(upgrade(answers)), _id: id }));
    });
  // The item's keys stay visible, so a test can hold them to the group's questions.
  return Object.assign(schema, { itemKeys: Object.keys(shape) });
}

/** A step's reader from the shape of its answers; `shape` says which keys it reads. */
export function stepReader<S extends z.ZodRawShape>(shape: S): ((answers: StepAnswers) => z.output<z.ZodObject<S>>) & { shape: S } {
  const schema = z.object(shape);
  return Object.assign((answers: StepAnswers) => schema.parse(answers), { shape });
}

/**
 * A choice question's choices from a table of labels keyed by value, so that the question and the
 * reader share one list: `choices` for the question, `values` for `oneOf`.
 */
export function choiceTable<V extends string>(labels: Record<V, Bilingual>): { choices: Choice[]; values: [V, ...V[]] } {
  const values = Object.keys(labels) as [V, ...V[]];
  return { choices: values.map((value) => ({ value, label: labels[value] })), values };
}
