import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';
import { CustomMetricRepository, metricSlugSchema } from './custom-metric.js';
import { LeaderSnapshotRepository } from './leader-snapshots.js';

/** The metrics step 10 offers; a team declares its own besides (custom-metric.ts). A value is a count, so a whole number. */
export const METRICS = ['followers', 'page-views', 'likes', 'shares', 'comments', 'mentions'] as const;
/** A built-in metric or a team's own, by its slug. */
export type Metric = string;

/** Above this a value is a typo (a billion followers for a communications team's account). */
export const MAX_KPI_VALUE = 1_000_000_000;

export const kpiMeasurementSchema = z.object({
  /** `<tenant>|<platform>|<metric>|<day>`: recording again the same day corrects the value. */
  _id: z.string(),
  tenantId: tenantIdField,
  platform: z.string().min(1).max(60),
  metric: metricSlugSchema,
  value: z.number().int().min(0).max(MAX_KPI_VALUE),
  /** The day in the tenant's time zone, 'YYYY-MM-DD'. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  at: z.date(),
  recordedBy: z.string().optional(),
});
export type KpiMeasurement = z.infer<typeof kpiMeasurementSchema>;

export class KpiRepository extends TenantRepository<KpiMeasurement> {
  /** The metrics each team declared besides the built-in ones. */
  readonly custom: CustomMetricRepository;
  /** The daily count of step 8's leaders engaged, for its trend. */
  readonly leaders: LeaderSnapshotRepository;

  constructor(db: Db) {
    super(db, 'kpi_measurements', kpiMeasurementSchema);
    this.custom = new CustomMetricRepository(db);
    this.leaders = new LeaderSnapshotRepository(db);
  }

  override async ensureIndexes(): Promise<void> {
    await super.ensureIndexes();
    await this.custom.ensureIndexes();
    await this.leaders.ensureIndexes();
  }

  indexes(): IndexDescription[] {
    return [
      { key: { tenantId: 1, platform: 1, metric: 1, at: -1 }, name: 'tenant_series_at' },
      { key: { tenantId: 1, at: -1 }, name: 'tenant_at' },
    ];
  }

  /** Saves the day's value; what it replaced that same day (if anything) comes back with it. */
  async record(measurement: KpiMeasurement): Promise<{ saved: KpiMeasurement; replaced?: KpiMeasurement }> {
    const valid = this.parse(measurement);
    const { _id, tenantId, ...rest } = valid;
    const before = await this.collection.findOneAndUpdate(this.scoped(tenantId, { _id }), { $set: rest }, { upsert: true, returnDocument: 'before' });
    return before ? { saved: valid, replaced: this.parse(before) } : { saved: valid };
  }

  async since(tenantId: TenantId, from: Date): Promise<KpiMeasurement[]> {
    return this.findMany(tenantId, { at: { $gte: from } }, { sort: { at: 1 }, limit: 5000 });
  }

  async series(tenantId: TenantId, platform: string, metric: Metric, limit: number): Promise<KpiMeasurement[]> {
    const latest = await this.findMany(tenantId, { platform, metric }, { sort: { at: -1 }, limit });
    return latest.reverse();
  }
}
