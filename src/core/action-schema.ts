import { z } from 'zod';
import type { Action, ControlName } from './events.js';
import { questionRefSchema } from './question-ref.js';
import type { AnswerInput } from './replies.js';

/*
 * The card protocol: what a platform control (a Slack button, a Teams Action.Submit) carries back
 * to the engine. It comes from the user's client, so it is untrusted and parsed here, once, by
 * every adapter; the limits below are the protocol's, not a platform's.
 */

/**
 * The longest typed answer the protocol carries. One number for every platform, set by the
 * largest message a platform hands a bot (a Teams message: about 28 KB of text; Slack's modal input
 * stops at 3,000) and far above any question's own limit (4,000 for long text), so that an answer
 * too long for its question reaches the engine, which says so in the user's language with the
 * question's limit, and only an absurd payload is refused here.
 */
export const TEXT_ANSWER_MAX = 30_000;

/**
 * The longest command a control carries (`étape 2`, `politique personnel`). A button carries its
 * whole Action as JSON and Slack's button value holds 2,000 characters: 500 leaves room for the
 * envelope and for JSON escapes, and is far beyond any command word with its arguments.
 */
export const COMMAND_MAX = 500;

/** A choice's value: an option's identifier or the text of an "other" answer. */
const CHOICE_MAX = 500;
const CHOICES_MAX = 100;
const OTHER_MAX = 2_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const hourMinute = z.string().regex(/^\d{2}:\d{2}$/);

export const answerInputSchema: z.ZodType<AnswerInput> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(TEXT_ANSWER_MAX) }),
  z.object({ kind: z.literal('choice'), value: z.string().min(1).max(CHOICE_MAX) }),
  z.object({ kind: z.literal('choices'), values: z.array(z.string().min(1).max(CHOICE_MAX)).max(CHOICES_MAX), other: z.string().max(OTHER_MAX).optional() }),
  z.object({ kind: z.literal('date'), date: isoDate }),
  z.object({ kind: z.literal('time'), time: hourMinute }),
  z.object({ kind: z.literal('datetime'), date: isoDate, time: hourMinute }),
  z.object({ kind: z.literal('user'), id: z.string().min(1).max(200), name: z.string().max(200).optional() }),
]);

export const CONTROL_NAMES = ['back', 'skip', 'cancel', 'review', 'complete', 'add-another', 'done'] as const satisfies readonly ControlName[];

export const actionSchema: z.ZodType<Action> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), ref: questionRefSchema, value: answerInputSchema }),
  z.object({ kind: z.literal('control'), control: z.enum(CONTROL_NAMES), ref: questionRefSchema.optional() }),
  z.object({ kind: z.literal('command'), text: z.string().min(1).max(COMMAND_MAX) }),
]);
