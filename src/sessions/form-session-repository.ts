import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { scalarValueSchema } from '../core/dialogue/values.js';
import type { FormSession, FormSessionStore } from '../core/ports/stores.js';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

const formSessionSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  userId: z.string(),
  conversationId: z.string(),
  form: z.string().min(1).max(60),
  index: z.number().int().min(0),
  answers: z.record(z.string(), scalarValueSchema),
  trail: z.array(z.number().int().min(0)).default([]),
  turn: z.number().int().min(0),
  pending: z.object({ kind: z.literal('command-or-answer'), text: z.string().max(4000) }).optional(),
  updatedAt: z.string(),
});
type FormSessionDoc = z.infer<typeof formSessionSchema>;

const idOf = (tenantId: TenantId, userId: string, conversationId: string) => `${tenantId}|${userId}|${conversationId}`;

/** The form in progress per user and conversation (apart from step sessions, which it pauses). */
export class FormSessionRepository extends TenantRepository<FormSessionDoc> implements FormSessionStore {
  constructor(db: Db) {
    super(db, 'form_sessions', formSessionSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, userId: 1 }, name: 'tenant_user' }];
  }

  async get(tenantId: TenantId, userId: string, conversationId: string): Promise<FormSession | null> {
    const doc = await this.findOne(tenantId, { _id: idOf(tenantId, userId, conversationId) });
    if (!doc) return null;
    const { _id, ...session } = doc;
    void _id;
    return session;
  }

  async save(session: FormSession): Promise<void> {
    const doc = this.parse({ _id: idOf(session.tenantId, session.userId, session.conversationId), ...session });
    // An absent choice is no field at all (the driver would store `undefined` as null).
    const stored = Object.fromEntries(Object.entries(doc).filter(([, value]) => value !== undefined)) as FormSessionDoc;
    await this.collection.replaceOne({ _id: doc._id, tenantId: doc.tenantId }, stored, { upsert: true });
  }

  async clear(tenantId: TenantId, userId: string, conversationId: string): Promise<void> {
    await this.remove(tenantId, { _id: idOf(tenantId, userId, conversationId) });
  }
}
