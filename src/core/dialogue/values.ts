import { z } from 'zod';

/** A chat user as stored: the platform's id, and the name shown when it was chosen. */
export const userValueSchema = z.object({ id: z.string().min(1).max(200), name: z.string().max(200).optional() });
export type UserValue = z.infer<typeof userValueSchema>;

/**
 * A validated answer as stored in the plan, by question kind:
 * short/long text, url, choice -> string; list, multi-choice -> string[]; yes-no -> boolean;
 * number -> number; date -> 'YYYY-MM-DD'; time -> 'HH:mm'; date-time -> ISO instant (UTC);
 * duration -> minutes (number); user -> { id, name }.
 */
export const scalarValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  userValueSchema,
]);
export type ScalarValue = z.infer<typeof scalarValueSchema>;

const isUser = (value: unknown): value is UserValue => typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value;

/**
 * The same person answered again without a name (a people picker sent back unchanged after Back:
 * Teams gives only the id, and a personal chat's roster may not know them): the name stored with
 * them is kept rather than lost.
 */
export function keepKnownName(value: ScalarValue, previous: unknown): ScalarValue {
  if (!isUser(value) || value.name || !isUser(previous) || previous.id !== value.id || !previous.name) return value;
  return { ...value, name: previous.name };
}

/** One item of a repeatable group: its answers by question key, plus when it was added. */
export const groupItemSchema = z.object({
  _at: z.string(),
  answers: z.record(z.string(), scalarValueSchema),
});
export type GroupItem = z.infer<typeof groupItemSchema>;

/** A repeatable group's items, keyed by item id (so concurrent additions never collide). */
export const groupValueSchema = z.object({ items: z.record(z.string(), groupItemSchema) });
export type GroupValue = z.infer<typeof groupValueSchema>;

export const answerValueSchema = z.union([scalarValueSchema, groupValueSchema]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export type StepAnswers = Record<string, AnswerValue>;

/** The items of a group answer in the order they were added. */
export function groupItems(value: AnswerValue | undefined): Array<Record<string, ScalarValue> & { _id: string }> {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('items' in value)) return [];
  return Object.entries((value as GroupValue).items)
    .sort(([, a], [, b]) => a._at.localeCompare(b._at))
    .map(([id, item]) => ({ ...item.answers, _id: id }));
}
