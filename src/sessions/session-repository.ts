import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import type { Session, SessionStore } from '../core/ports/stores.js';
import { scalarValueSchema } from '../core/dialogue/values.js';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

const positionSchema = z.discriminatedUnion('at', [
  z.object({ at: z.literal('question'), node: z.number().int().min(0), itemId: z.string().optional(), q: z.number().int().min(0).optional() }),
  z.object({ at: z.literal('group-more'), node: z.number().int().min(0) }),
  z.object({ at: z.literal('review') }),
]);

const sessionSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  userId: z.string(),
  conversationId: z.string(),
  step: z.number().int().min(1).max(10),
  definition: z.string(),
  turn: z.number().int().min(0),
  position: positionSchema,
  trail: z.array(positionSchema),
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
type SessionDoc = z.infer<typeof sessionSchema>;

const idOf = (tenantId: TenantId, userId: string, conversationId: string) => `${tenantId}|${userId}|${conversationId}`;

/** One dialogue cursor per user and conversation, so a restart resumes where the user was. */
export class SessionRepository extends TenantRepository<SessionDoc> implements SessionStore {
  constructor(db: Db) {
    super(db, 'sessions', sessionSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, userId: 1 }, name: 'tenant_user' }];
  }

  async get(tenantId: TenantId, userId: string, conversationId: string): Promise<Session | null> {
    const doc = await this.findOne(tenantId, { _id: idOf(tenantId, userId, conversationId) });
    if (!doc) return null;
    const { _id, ...session } = doc;
    void _id;
    return session as Session;
  }

  async save(session: Session): Promise<void> {
    const doc = this.parse({ _id: idOf(session.tenantId, session.userId, session.conversationId), ...session });
    // An absent choice is no field at all (the driver would store `undefined` as null).
    const stored = Object.fromEntries(Object.entries(doc).filter(([, value]) => value !== undefined)) as SessionDoc;
    await this.collection.replaceOne({ _id: doc._id, tenantId: doc.tenantId }, stored, { upsert: true });
  }

  async clear(tenantId: TenantId, userId: string, conversationId: string): Promise<void> {
    await this.remove(tenantId, { _id: idOf(tenantId, userId, conversationId) });
  }
}
