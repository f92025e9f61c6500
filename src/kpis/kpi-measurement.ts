import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

/** The metrics step 10 offers; a value is a count, so a whole number. */
export const METRICS = ['followers', 'page-views', 'shares', 'comments', 'mentions'] as const;
export type Metric = (typeof METRICS)[number];

/** Above this a value is a typo (a billion followers for a communications team's account). */
export const MAX_KPI_VALUE = 1_000_000_000;

export const kpiMeasurementSchema = z.object({
  /** `<tenant>|<platform>|<metric>|<day>`: recording again the same day corrects the value. */
  _id: z.string(),
  tenantId: tenantIdField,
  platform: z.string().min(1).max(60),
  metric: z.enum(METRICS),
  value: z.number().int().min(0).max(MAX_KPI_VALUE),
  /** The day in the tenant's time zone, 'YYYY-MM-DD'. */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  at: z.date(),
  recordedBy: z.string().optional(),
});
export type KpiMeasurement = z.infer<typeof kpiMeasurementSchema>;

export class KpiRepository extends TenantRepository<KpiMeasurement> {
  constructor(db: Db) {
    super(db, 'kpi_measurements', kpiMeasurementSchema);
  }

  indexes(): IndexDescription[] {
    return [
      { key: { tenantId: 1, platform: 1, metric: 1, at: -1 }, name: 'tenant_series_at' },
      { key: { tenantId: 1, at: -1 }, name: 'tenant_at' },
    ];
  }

  async record(measurement: KpiMeasurement): Promise<KpiMeasurement> {
    const valid = this.parse(measurement);
    const { _id, tenantId, ...rest } = valid;
    const saved = await this.update(tenantId, { _id }, { $set: rest }, { upsert: true });
    return saved!;
  }

  async since(tenantId: TenantId, from: Date): Promise<KpiMeasurement[]> {
    return this.findMany(tenantId, { at: { $gte: from } }, { sort: { at: 1 }, limit: 5000 });
  }

  async series(tenantId: TenantId, platform: string, metric: Metric, limit: number): Promise<KpiMeasurement[]> {
    const latest = await this.findMany(tenantId, { platform, metric }, { sort: { at: -1 }, limit });
    return latest.reverse();
  }
}
