import { createHash } from 'node:crypto';
import { z } from 'zod';
import { scalarValueSchema } from '../core/dialogue/values.js';
import type { FormSession, Session } from '../core/ports/stores.js';
import { tenantIdField } from '../core/tenant-id.js';

/**
 * Where each person is in each conversation — the step dialogue's cursor and a form's — kept in
 * the team's plan document (`cursors.<key>.dialogue`, `cursors.<key>.form`) rather than in
 * collections of their own: a turn then reads the plan and its cursor in one round trip, and
 * writes the answer and the cursor's move in one update (issue 13).
 */
export type CursorKind = 'dialogue' | 'form';

const positionSchema = z.discriminatedUnion('at', [
  z.object({ at: z.literal('question'), node: z.number().int().min(0), itemId: z.string().optional(), q: z.number().int().min(0).optional() }),
  z.object({ at: z.literal('group-more'), node: z.number().int().min(0) }),
  z.object({ at: z.literal('review') }),
]);

const owner = { tenantId: tenantIdField, userId: z.string(), conversationId: z.string() };

type Position = z.infer<typeof positionSchema>;

/**
 * A trail position as stored: one short string (`q|2|a1b2c3|0`, `g|3`, `r`) rather than an
 * object of two to four fields — the trail holds up to thirty of them per person, in the plan
 * document every turn reads and writes, and the embedded server's cost grows with the fields.
 */
export function encodePosition(position: Position): string {
  if (position.at === 'review') return 'r';
  if (position.at === 'group-more') return `g|${position.node}`;
  return ['q', position.node, position.itemId ?? '', position.q ?? ''].join('|');
}

const decimal = (text: string | undefined) => (text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined);

export function decodePosition(text: string): Position | undefined {
  const [at, node, itemId, q] = text.split('|');
  if (at === 'r' && node === undefined) return { at: 'review' };
  const n = decimal(node);
  if (n === undefined) return undefined;
  if (at === 'g') return { at: 'group-more', node: n };
  if (at !== 'q') return undefined;
  return { at: 'question', node: n, ...(itemId ? { itemId } : {}), ...(decimal(q) !== undefined ? { q: decimal(q)! } : {}) };
}

/** Stored as strings (earlier versions stored objects: both are read); a position that does not read is dropped, the trail only shorter. */
const trailSchema = z.array(z.union([z.string().max(200), positionSchema])).transform((trail) => trail.flatMap((p) => (typeof p === 'string' ? (decodePosition(p) ?? []) : [p])));

export const sessionSchema = z.object({
  ...owner,
  step: z.number().int().min(1).max(10),
  definition: z.string(),
  turn: z.number().int().min(0),
  position: positionSchema,
  trail: trailSchema,
  returnToReview: z.boolean(),
  seen: z.string().max(64).optional(),
  pending: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('command-or-answer'), text: z.string().max(4000) }),
      z.object({ kind: z.literal('conflict'), value: scalarValueSchema, by: z.string().max(200).optional() }),
    ])
    .optional(),
  updatedAt: z.string(),
});

export const formSessionSchema = z.object({
  ...owner,
  form: z.string().min(1).max(60),
  index: z.number().int().min(0),
  answers: z.record(z.string(), scalarValueSchema),
  trail: z.array(z.number().int().min(0)).default([]),
  turn: z.number().int().min(0),
  pending: z.object({ kind: z.literal('command-or-answer'), text: z.string().max(4000) }).optional(),
  updatedAt: z.string(),
});

export interface CursorOf {
  dialogue: Session;
  form: FormSession;
}

const schemas = { dialogue: sessionSchema, form: formSessionSchema } as const;

/**
 * A field name for one person in one conversation: ids may hold `.` or `$` (Teams conversation
 * ids do), which a field name may not, so the pair is hashed.
 */
export function cursorKey(userId: string, conversationId: string): string {
  return createHash('sha256').update(`${userId}\u0000${conversationId}`).digest('base64url').slice(0, 16);
}

export function cursorPath(kind: CursorKind, userId: string, conversationId: string): string {
  return `cursors.${cursorKey(userId, conversationId)}.${kind}`;
}

/** The cursor as stored, validated; none when absent or damaged (a damaged cursor loses a position, never an answer). */
export function cursorIn<K extends CursorKind>(plan: { cursors?: Record<string, unknown> | undefined } | null, kind: K, userId: string, conversationId: string): CursorOf[K] | null {
  const slot = plan?.cursors?.[cursorKey(userId, conversationId)] as Record<string, unknown> | undefined;
  const parsed = schemas[kind].safeParse(slot?.[kind]);
  return parsed.success && parsed.data.userId === userId && parsed.data.conversationId === conversationId ? (parsed.data as CursorOf[K]) : null;
}

/** The cursor as it is stored: validated, with no `undefined` field (the driver would store null). */
export function storedCursor<K extends CursorKind>(kind: K, cursor: CursorOf[K]): Record<string, unknown> {
  const doc = schemas[kind].parse(cursor) as Record<string, unknown>;
  if (kind === 'dialogue') doc.trail = (doc.trail as Position[]).map(encodePosition);
  return Object.fromEntries(Object.entries(doc).filter(([, value]) => value !== undefined));
}

/** Every cursor of one kind in a plan (a team's open forms, for instance). */
export function cursorsIn<K extends CursorKind>(plan: { cursors?: Record<string, unknown> | undefined } | null, kind: K): Array<CursorOf[K]> {
  return Object.values(plan?.cursors ?? {}).flatMap((slot) => {
    const parsed = schemas[kind].safeParse((slot as Record<string, unknown> | undefined)?.[kind]);
    return parsed.success ? [parsed.data as CursorOf[K]] : [];
  });
}
