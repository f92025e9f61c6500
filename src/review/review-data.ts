import type { StepProgress } from '../core/ports/documents.js';
import type { TenantId } from '../core/tenant-id.js';
import { serves } from '../../conversations/audience-map.js';
import { readStep2 } from '../../conversations/step-02-audiences.js';
import { readStep3 } from '../../conversations/step-03-platforms.js';
import { readStep9 } from '../../conversations/step-09-interact.js';
import type { StepNumber } from '../core/dialogue/types.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import type { CommentRepository } from '../comments/comment-repository.js';
import type { EngagedLeaders, KpiService, SeriesTrend } from '../kpis/kpi-service.js';
import type { QualityRating } from '../kpis/quality-rating.js';
import type { Pitfall } from '../plan/pitfalls.js';
import { stepOf, type Plan, type StepStatus } from '../plan/plan.js';
import type { Tenant } from '../tenants/tenant.js';
import type { ReviewRecord, ReviewSnapshot } from './review-record.js';

export interface ReviewSources {
  kpis: Pick<KpiService, 'trends' | 'qualityRatings' | 'engagedLeaders'>;
  comments: Pick<CommentRepository, 'medianResponseMinutes' | 'countOverdue'>;
  /** The plan's pitfalls and the team's (what it did before the plan allowed it). */
  pitfalls: (read: (step: StepNumber) => StepAnswers, tenantId: TenantId, progress: StepProgress) => Pitfall[] | Promise<Pitfall[]>;
}

/** A step 2 audience's objective, with the KPI series of the platforms that reach it. */
export interface ObjectiveIndicators {
  audience: string;
  objective?: string;
  /** Step 3's platforms that serve it (their names as chosen). */
  platforms: string[];
  indicators: SeriesTrend[];
}

/** What the review reads, before it is put in words. */
export interface ReviewData {
  tenant: Tenant;
  /** The review's date, 'YYYY-MM-DD' in the team's zone. */
  due: string;
  cadence: string;
  objectives: ObjectiveIndicators[];
  /** The names of the team's own metrics, by slug: series are shown by name. */
  metricNames: Record<string, string>;
  seen: ReviewSnapshot;
  previous: ReviewRecord | null;
  engaged: EngagedLeaders;
  quality?: QualityRating;
  reactionHours?: number;
  pitfalls: Pitfall[];
  status: (step: StepNumber) => StepStatus;
}

const key = (trend: Pick<SeriesTrend, 'platform' | 'metric'>) => `${trend.platform}|${trend.metric}`;

/** Each step 2 objective with the indicators that measure it: the KPIs of the platforms that reach its audience. */
export function objectiveIndicators(step2: StepAnswers, step3: StepAnswers, trends: SeriesTrend[]): ObjectiveIndicators[] {
  const platforms = readStep3(step3).platforms;
  return readStep2(step2)
    .audiences.filter((audience) => audience.who)
    .map((audience) => {
      const reaching = [...new Set(platforms.filter((p) => p.platform && serves(p.audiences, audience.who!)).map((p) => p.platform!))];
      return {
        audience: audience.who!,
        ...(audience.objective ? { objective: audience.objective } : {}),
        platforms: reaching,
        indicators: trends.filter((trend) => reaching.includes(trend.platform)),
      };
    });
}

/**
 * Everything the review says, read for `due`: KPIs, comments since the previous review (or one
 * interval back), quality, leaders engaged, pitfalls — and the previous review's snapshot.
 */
export async function collectReview(sources: ReviewSources, tenant: Tenant, plan: Plan, due: string, cadence: string, previous: ReviewRecord | null, now: Date): Promise<ReviewData> {
  const tenantId = tenant.tenantId;
  const read = (step: StepNumber) => stepOf(plan, step).answers;
  const since = previous?.sentAt ?? new Date(now.getTime() - 30 * 86_400_000);
  const [trends, ratings, median, overdue, engaged] = await Promise.all([
    sources.kpis.trends(tenantId, now),
    sources.kpis.qualityRatings(tenantId, 1),
    sources.comments.medianResponseMinutes(tenantId, since, now),
    sources.comments.countOverdue(tenantId, now),
    sources.kpis.engagedLeaders(tenantId, read(8), now, tenant.timeZone),
  ]);
  const pitfalls = await sources.pitfalls(read, tenantId, (n) => stepOf(plan, n));
  const quality = ratings.at(-1);
  const seen: ReviewSnapshot = {
    kpis: Object.fromEntries(trends.map((trend) => [key(trend), trend.current])),
    ...(median !== undefined ? { medianResponseMinutes: median } : {}),
    overdue,
    ...(quality ? { quality: quality.rating } : {}),
    engaged: engaged.engaged,
    listed: engaged.listed,
    pitfalls: pitfalls.map((pitfall) => pitfall.id),
  };
  const reactionHours = readStep9(read(9)).reactionHours;
  return {
    tenant,
    due,
    cadence,
    objectives: objectiveIndicators(read(2), read(3), trends),
    metricNames: Object.fromEntries(trends.flatMap((trend) => (trend.name ? [[trend.metric, trend.name]] : []))),
    seen,
    previous,
    engaged,
    ...(quality ? { quality } : {}),
    ...(reactionHours !== undefined ? { reactionHours } : {}),
    pitfalls,
    status: (step) => stepOf(plan, step).status,
  };
}
