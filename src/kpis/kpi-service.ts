import { DateTime } from 'luxon';
import { METRICS, type KpiMeasurement, type KpiRepository, type Metric } from './kpi-measurement.js';
import type { QualityRating, QualityRatingRepository } from './quality-rating.js';
import type { TenantId } from '../core/tenant-id.js';
import { MAX_CUSTOM_METRICS, type CustomMetric } from './custom-metric.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import { leaderFigures } from './computed-kpis.js';

export interface SeriesTrend {
  platform: string;
  metric: Metric;
  /** The team's own name for a metric it declared (« Inscriptions à l’infolettre »), shown instead of its slug. */
  name?: string;
  current: number;
  previous?: number;
  /** One value per period, oldest first (the last value recorded in each). */
  values: number[];
}

const WEEK = 7 * 86_400_000;
const isBuiltIn = (metric: Metric) => (METRICS as readonly string[]).includes(metric);

export interface EngagedLeaders {
  engaged: number;
  listed: number;
  /** One value per reading day, oldest first, today's last. */
  values: number[];
  /** The reading before today's, if any. */
  previous?: number;
}

/** KPI measurements and conversation-quality ratings: recording, and trends for the list command and the digest. */
export class KpiService {
  constructor(
    private readonly kpis: KpiRepository,
    private readonly ratings: QualityRatingRepository,
  ) {}

  /** Records the day's value; a second one the same day replaces the first, which comes back as `replaced`. */
  async record(tenantId: TenantId, input: { platform: string; metric: Metric; value: number; by?: string }, now: Date, timeZone: string): Promise<{ saved: KpiMeasurement; replaced?: KpiMeasurement }> {
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
    trends.sort((a, b) => a.platform.localeCompare(b.platform) || a.metric.localeCompare(b.metric));
    // The team's own metrics are read only when a series has one: most teams have none.
    if (trends.every((trend) => isBuiltIn(trend.metric))) return trends;
    const names = new Map((await this.customMetrics(tenantId)).map((metric) => [metric.slug, metric.name]));
    return trends.map((trend) => (names.has(trend.metric) ? { ...trend, name: names.get(trend.metric)! } : trend));
  }

  /**
   * Step 8's leaders engaged (in conversation or relationship) today, of those listed, with the
   * trend of earlier readings: today's reading is saved first, so each showing adds to the trend.
   */
  async engagedLeaders(tenantId: TenantId, step8: StepAnswers, now: Date, timeZone: string): Promise<EngagedLeaders> {
    const { leadersInteracted: engaged, leadersListed: listed } = leaderFigures(step8);
    const day = DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
    await this.kpis.leaders.record({ _id: `${tenantId}|${day}`, tenantId, day, engaged, listed, at: now });
    const history = await this.kpis.leaders.latest(tenantId, 12);
    return { engaged, listed, values: history.map((s) => s.engaged), previous: history.at(-2)?.engaged };
  }

  /** The metrics this team declared besides the built-in ones. */
  async customMetrics(tenantId: TenantId): Promise<CustomMetric[]> {
    return this.kpis.custom.all(tenantId);
  }

  /** Declares a team's own metric; 'exists' when it was already declared, 'full' at the cap. */
  async declareMetric(tenantId: TenantId, metric: { slug: string; name: string; by?: string }, now: Date): Promise<'declared' | 'exists' | 'full'> {
    const known = await this.kpis.custom.all(tenantId);
    if (known.some((m) => m.slug === metric.slug)) return 'exists';
    if (known.length >= MAX_CUSTOM_METRICS) return 'full';
    const fresh = await this.kpis.custom.declare({
      _id: `${tenantId}|${metric.slug}`,
      tenantId,
      slug: metric.slug,
      name: metric.name,
      createdAt: now,
      ...(metric.by ? { createdBy: metric.by } : {}),
    });
    return fresh ? 'declared' : 'exists';
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
