import type { Db, IndexDescription } from 'mongodb';
import { MongoBulkWriteError, MongoServerError } from 'mongodb';
import { z } from 'zod';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

export const feedItemSchema = z.object({
  /** `<tenant>|<hash of feed URL and item key>`: the same item seen again is the same document. */
  _id: z.string(),
  tenantId: tenantIdField,
  feedUrl: z.string(),
  title: z.string().max(500),
  link: z.string().max(2000).optional(),
  summary: z.string().max(1000).optional(),
  publishedAt: z.date().optional(),
  seenAt: z.date(),
  matched: z.boolean(),
  matches: z.array(z.object({ kind: z.enum(['keyword', 'competitor', 'influencer']), term: z.string() })),
});
export type FeedItem = z.infer<typeof feedItemSchema>;

export class FeedItemRepository extends TenantRepository<FeedItem> {
  constructor(db: Db) {
    super(db, 'feed_items', feedItemSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, matched: 1, seenAt: -1 }, name: 'tenant_matched_seen' }];
  }

  /**
   * Inserts the items not seen before and returns how many were new. The unique `_id` is the
   * deduplication: an item polled twice (or by two processes at once) is stored once.
   */
  async insertNew(items: FeedItem[]): Promise<number> {
    if (items.length === 0) return 0;
    const valid = items.map((item) => this.parse(item));
    try {
      const result = await this.collection.insertMany(valid, { ordered: false });
      return result.insertedCount;
    } catch (error) {
      if (error instanceof MongoBulkWriteError && error.writeErrors instanceof Array) {
        const others = error.writeErrors.filter((e) => e.code !== 11000);
        if (others.length === 0) return error.result.insertedCount;
      } else if (error instanceof MongoBulkWriteError && (error.code === 11000 || error.writeErrors)) {
        return error.result.insertedCount;
      } else if (error instanceof MongoServerError && error.code === 11000) {
        return 0;
      }
      throw error;
    }
  }

  /** Matched items first seen in [from, to), newest first. */
  async matchedBetween(tenantId: TenantId, from: Date, to: Date, limit: number): Promise<FeedItem[]> {
    return this.findMany(tenantId, { matched: true, seenAt: { $gte: from, $lt: to } }, { sort: { seenAt: -1 }, limit });
  }

  async countMatchedBetween(tenantId: TenantId, from: Date, to: Date): Promise<number> {
    return this.count(tenantId, { matched: true, seenAt: { $gte: from, $lt: to } });
  }

  /**
   * The newest `limit` matched items of [from, to) and how many there are in all. The count is a
   * second read only when the limit was reached: on the embedded server each read scans the
   * tenant's items, and a week rarely holds more matches than the digest lists.
   */
  async matchedWithTotal(tenantId: TenantId, from: Date, to: Date, limit: number): Promise<{ items: FeedItem[]; total: number }> {
    const items = await this.matchedBetween(tenantId, from, to, limit);
    const total = items.length < limit ? items.length : await this.countMatchedBetween(tenantId, from, to);
    return { items, total };
  }
}
