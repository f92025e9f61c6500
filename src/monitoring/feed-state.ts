import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

export const feedStateSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  url: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  lastPolledAt: z.date().optional(),
  lastOkAt: z.date().optional(),
  /** Consecutive failed polls; drives the back-off. */
  failures: z.number().int().min(0),
  lastError: z.string().max(500).optional(),
  /** A failing feed is not polled again before this. */
  nextPollAt: z.date().optional(),
});
export type FeedState = z.infer<typeof feedStateSchema>;

/** One document per (tenant, feed URL): validators for conditional GET, failures and back-off. */
export class FeedStateRepository extends TenantRepository<FeedState> {
  constructor(db: Db) {
    super(db, 'feeds', feedStateSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, url: 1 }, name: 'tenant_url', unique: true }];
  }

  async failing(tenantId: TenantId): Promise<FeedState[]> {
    return this.findMany(tenantId, { failures: { $gt: 0 } }, { sort: { failures: -1 }, limit: 20 });
  }
}
