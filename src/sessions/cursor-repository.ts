import type { Collection, Db, Document } from 'mongodb';
import { cursorIn, cursorKey, cursorPath, cursorsIn, storedCursor, type CursorKind, type CursorOf } from '../plan/cursors.js';
import type { TenantId } from '../core/tenant-id.js';

/**
 * One kind of cursor (the step dialogue's, a form's) outside a turn: in the team's plan document
 * (see plan/cursors.ts; a turn reads and writes them through the plan's TurnStores instead).
 * Each call is one round trip.
 */
export class CursorRepository<K extends CursorKind> {
  readonly name: string;
  private readonly plans: Collection<Document>;
  private readonly legacy: Collection<Document>;

  /** `legacy`: the collection these cursors were kept in before, moved into the plans at start. */
  constructor(
    db: Db,
    private readonly kind: K,
    legacy: string,
  ) {
    this.name = `plans (${kind} cursors)`;
    this.plans = db.collection('plans');
    this.legacy = db.collection(legacy);
  }

  async get(tenantId: TenantId, userId: string, conversationId: string): Promise<CursorOf[K] | null> {
    const doc = await this.plans.findOne({ _id: tenantId as never, tenantId }, { projection: { [`cursors.${cursorKey(userId, conversationId)}`]: 1 } });
    return cursorIn(doc as { cursors?: Record<string, unknown> } | null, this.kind, userId, conversationId);
  }

  async save(cursor: CursorOf[K]): Promise<void> {
    const now = new Date().toISOString();
    await this.plans.updateOne(
      { _id: cursor.tenantId as never, tenantId: cursor.tenantId },
      // A cursor for a team with no plan yet (a form before any step) makes the plan.
      { $set: { [cursorPath(this.kind, cursor.userId, cursor.conversationId)]: storedCursor(this.kind, cursor) }, $setOnInsert: { version: 0, steps: {}, createdAt: now, updatedAt: now } },
      { upsert: true },
    );
  }

  async clear(tenantId: TenantId, userId: string, conversationId: string): Promise<void> {
    await this.plans.updateOne({ _id: tenantId as never, tenantId }, { $unset: { [cursorPath(this.kind, userId, conversationId)]: '' } });
  }

  /** The team's cursors of this kind (one person's, with `userId`). */
  async findMany(tenantId: TenantId, filter: { userId?: string } = {}): Promise<Array<CursorOf[K]>> {
    const doc = await this.plans.findOne({ _id: tenantId as never, tenantId }, { projection: { cursors: 1 } });
    return cursorsIn(doc as { cursors?: Record<string, unknown> } | null, this.kind).filter((c) => filter.userId === undefined || c.userId === filter.userId);
  }

  async count(tenantId: TenantId): Promise<number> {
    return (await this.findMany(tenantId)).length;
  }

  /**
   * Moves the cursors kept in their own collection by earlier versions into the plans, so that
   * nobody loses their place on upgrade; a cursor already in the plan is newer and is kept.
   */
  async ensureIndexes(): Promise<void> {
    for await (const old of this.legacy.find({})) {
      const { _id, ...cursor } = old;
      const found = cursorIn({ cursors: { [cursorKey(String(cursor.userId), String(cursor.conversationId))]: { [this.kind]: cursor } } }, this.kind, String(cursor.userId), String(cursor.conversationId));
      if (found) {
        const path = cursorPath(this.kind, found.userId, found.conversationId);
        await this.plans.updateOne({ _id: found.tenantId as never, tenantId: found.tenantId, [path]: { $exists: false } }, { $set: { [path]: storedCursor(this.kind, found) } });
      }
      await this.legacy.deleteOne({ _id });
    }
  }
}
