import { DateTime } from 'luxon';
import type { KpiMeasurement, KpiRepository, Metric } from './kpi-measurement.js';
import type { QualityRating, QualityRatingRepository } from './quality-rating.js';
import type { TenantId } from '../core/tenant-id.js';

export interface SeriesTrend {
  platform: string;
  metric: Metric;
  current: number;
  previous?: number;
  /** One value per period, oldest first (the last value recorded in each). */
  values: number[];
}

const WEEK = 7 * 86_400_000;

/** KPI measurements and conversation-quality ratings: recording, and trends for the list command and the digest. */
export class KpiService {
  constructor(
    private readonly kpis: KpiRepository,
    private readonly ratings: QualityRatingRepository,
  ) {}

  async record(tenantId: TenantId, input: { platform: string; metric: Metric; value: number; by?: string }, now: Date, timeZone: string): Promise<KpiMeasurement> {
    const day = DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
    return this.kpis.record({
      _id: `${tenantId}|${input.platform}|${input.metric}|${day}`,
      tenantId,
      platform: input.platform,
      metric: input.metric,
      value: input.value,
      day,
      at: now,
      ...(input.by ? { recordedBy: input.by } : {}),
    });
  }

  /**
   * Per series, the last value of each of the `periods` weeks ending at `now` (weeks with no
   * value carry the previous one), the current week's against the previous week's.
   */
  async trends(tenantId: TenantId, now: Date, periods = 8): Promise<SeriesTrend[]> {
    const start = new Date(now.getTime() - periods * WEEK);
    const rows = await this.kpis.since(tenantId, start);
    const before = new Map<string, KpiMeasurement[]>();
    for (const row of rows) {
      const key = `${row.platform}|${row.metric}`;
      const list = before.get(key);
      if (list) list.push(row);
      else before.set(key, [row]);
    }
    const trends: SeriesTrend[] = [];
    for (const series of before.values()) {
      const buckets: Array<number | undefined> = Array.from({ length: periods }, () => undefined);
      for (const row of series) {
        const index = Math.min(periods - 1, Math.floor((row.at.getTime() - start.getTime()) / WEEK));
        buckets[index] = row.value; // rows are sorted by time: the last one of the week wins
      }
      const values: number[] = [];
      let carried: number | undefined;
      const filled = buckets.map((value) => (carried = value ?? carried));
      for (const value of filled) if (value !== undefined) values.push(value);
      const current = filled[periods - 1];
      if (current === undefined) continue;
      trends.push({ platform: series[0]!.platform, metric: series[0]!.metric, current, previous: filled[periods - 2], values });
    }
    return trends.sort((a, b) => a.platform.localeCompare(b.platform) || a.metric.localeCompare(b.metric));
  }

  async series(tenantId: TenantId, platform: string, metric: Metric, limit = 12): Promise<KpiMeasurement[]> {
    return this.kpis.series(tenantId, platform, metric, limit);
  }

  async rate(tenantId: TenantId, input: { rating: number; notes?: string; by?: string }, now: Date, timeZone: string): Promise<QualityRating> {
    const day = DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
    return this.ratings.record({
      _id: `${tenantId}|${day}`,
      tenantId,
      rating: input.rating,
      day,
      at: now,
      ...(input.notes ? { notes: input.notes } : {}),
      ...(input.by ? { ratedBy: input.by } : {}),
    });
  }

  /** The latest conversation-quality ratings, oldest first. */
  async qualityRatings(tenantId: TenantId, limit = 8): Promise<QualityRating[]> {
    return this.ratings.latest(tenantId, limit);
  }
}
