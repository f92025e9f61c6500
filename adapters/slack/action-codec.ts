import { z } from 'zod';
import { LOCALES } from '../../src/core/i18n/locale.js';
import { questionRefSchema } from '../../src/core/question-ref.js';
import { actionSchema } from '../../src/core/action-schema.js';
import type { Action } from '../../src/core/events.js';
import type { QuestionRef } from '../../src/core/replies.js';
import { LIMITS } from './render/limits.js';

/*
 * What Boussole's controls carry through Slack and back. Everything that comes back is untrusted
 * (a user can replay or forge a payload), so each value is parsed with zod; a value that does not
 * parse gives the user a clear message, never a crash. The Action's schema is the core's
 * (src/core/action-schema.ts), shared with Teams.
 *
 * - a button carries its whole Action as JSON in `value` (at most 2,000 characters);
 * - a picker or select carries its question in its block's `block_id` (`q|<step>|<turn>|<key>`)
 *   and the kind of answer in its `action_id`; the answer itself is the user's selection.
 */

export const ACTION_IDS = {
  /** A button whose `value` is an Action. Suffixed with its index: action ids are unique per block. */
  button: 'bsl.btn',
  choice: 'bsl.choice',
  date: 'bsl.date',
  time: 'bsl.time',
  user: 'bsl.user',
  /** Checkboxes / multi-select and the date+time pair: state only, read when submitted. */
  multi: 'bsl.multi',
  dtDate: 'bsl.dt.date',
  dtTime: 'bsl.dt.time',
  multiSubmit: 'bsl.multi.submit',
  dtSubmit: 'bsl.dt.submit',
  /** Opens the long-text modal; `value` is a ModalRequest. */
  modal: 'bsl.modal',
} as const;

export const VIEW_CALLBACK_ID = 'bsl.answer';
export const MODAL_BLOCK_ID = 'answer';
export const MODAL_INPUT_ID = 'text';

/** The JSON a button carries, or undefined when it would not fit Slack's value limit. */
export function encodeAction(action: Action): string | undefined {
  const json = JSON.stringify(action);
  return json.length <= LIMITS.buttonValue ? json : undefined;
}

export function decodeAction(value: unknown): Action | undefined {
  if (typeof value !== 'string' || value.length > LIMITS.buttonValue) return undefined;
  try {
    const parsed = actionSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** `q|2|7|audiences.who`: the question a picker answers. Undefined when it would not fit. */
export function encodeRefBlockId(ref: QuestionRef): string | undefined {
  const id = `q|${ref.step}|${ref.turn}|${ref.key}`;
  return id.length <= LIMITS.blockId ? id : undefined;
}

export function decodeRefBlockId(blockId: unknown): QuestionRef | undefined {
  if (typeof blockId !== 'string') return undefined;
  const match = /^q\|(\d{1,2})\|(\d{1,9})\|(.+)$/.exec(blockId);
  if (!match) return undefined;
  const parsed = questionRefSchema.safeParse({ step: Number(match[1]), turn: Number(match[2]), key: match[3] });
  return parsed.success ? parsed.data : undefined;
}

/** What the "write the answer" button carries to open the modal. */
export const modalRequestSchema = z.object({
  ref: questionRefSchema,
  maxLength: z.number().int().min(1).max(LIMITS.plainTextInput),
  placeholder: z.string().max(LIMITS.placeholder).optional(),
  /** The answer already stored, shown in the modal's input (only when it fits a button's value). */
  initial: z.string().max(LIMITS.plainTextInput).optional(),
  /** The language the question was asked in: the modal opens at once, without a lookup. */
  locale: z.enum(LOCALES).optional(),
});
export type ModalRequest = z.infer<typeof modalRequestSchema>;

/** What the modal remembers until it is submitted: the question and the DM to answer in. */
export const modalMetadataSchema = z.object({ ref: questionRefSchema, channel: z.string().regex(/^D[A-Z0-9]{2,40}$/).optional() });
export type ModalMetadata = z.infer<typeof modalMetadataSchema>;

export function parseJson<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
