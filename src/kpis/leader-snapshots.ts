import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

/**
 * The measure the method prefers to counting friends: how many of step 8's opinion leaders the
 * team is in conversation with, or has a relationship with. The plan keeps only today's statuses,
 * so a snapshot per day (taken whenever the figure is shown: digest, review, `kpi`) makes its trend.
 */
export const leaderSnapshotSchema = z.object({
  /** `<tenant>|<day>`: the day's last reading wins. */
  _id: z.string(),
  tenantId: tenantIdField,
  /** The day in the tenant's time zone, 'YYYY-MM-DD'. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  engaged: z.number().int().min(0),
  listed: z.number().int().min(0),
  at: z.date(),
});
export type LeaderSnapshot = z.infer<typeof leaderSnapshotSchema>;

export class LeaderSnapshotRepository extends TenantRepository<LeaderSnapshot> {
  constructor(db: Db) {
    super(db, 'leader_snapshots', leaderSnapshotSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, day: -1 }, name: 'tenant_day' }];
  }

  async record(snapshot: LeaderSnapshot): Promise<void> {
    const { _id, tenantId, ...rest } = this.parse(snapshot);
    await this.update(tenantId, { _id }, { $set: rest }, { upsert: true });
  }

  /** The latest snapshots, oldest first. */
  async latest(tenantId: TenantId, limit: number): Promise<LeaderSnapshot[]> {
    return (await this.findMany(tenantId, {}, { sort: { day: -1 }, limit })).reverse();
  }
}
