import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

/** What a review saw, so that the next one can say what moved since. */
export const reviewSnapshotSchema = z.object({
  /** KPI values by `<platform>|<metric>`. */
  kpis: z.record(z.string(), z.number()),
  medianResponseMinutes: z.number().optional(),
  overdue: z.number().int().min(0),
  quality: z.number().int().min(1).max(5).optional(),
  engaged: z.number().int().min(0),
  listed: z.number().int().min(0),
  /** The pitfalls raised then, by their stable id. */
  pitfalls: z.array(z.string()),
});
export type ReviewSnapshot = z.infer<typeof reviewSnapshotSchema>;

export const reviewRecordSchema = z.object({
  /** `<tenant>|<due day>`: one review per date of step 10's series, whatever runs the job twice. */
  _id: z.string(),
  tenantId: tenantIdField,
  /** The review's date in the team's zone, 'YYYY-MM-DD'. */
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sentAt: z.date(),
  seen: reviewSnapshotSchema,
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

/** Step 10's plan reviews: one record per review sent, holding what it saw. */
export class ReviewRepository extends TenantRepository<ReviewRecord> {
  constructor(db: Db) {
    super(db, 'plan_reviews', reviewRecordSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, due: -1 }, name: 'tenant_due' }];
  }

  async last(tenantId: TenantId): Promise<ReviewRecord | null> {
    const [latest] = await this.findMany(tenantId, {}, { sort: { due: -1 }, limit: 1 });
    return latest ?? null;
  }

  async save(record: ReviewRecord): Promise<void> {
    const { _id, tenantId, ...rest } = this.parse(record);
    await this.update(tenantId, { _id }, { $set: rest }, { upsert: true });
  }
}
