import type { StepProgress } from '../core/ports/documents.js';
import type { Bilingual } from '../core/i18n/locale.js';
import type { TenantId } from '../core/tenant-id.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import type { CalendarEntry } from '../calendar/calendar-entry.js';
import type { CalendarRepository } from '../calendar/calendar-repository.js';
import type { CommentRepository } from '../comments/comment-repository.js';
import { leaderFigures, type ComputedKpis } from '../kpis/computed-kpis.js';
import type { EngagedLeaders, KpiService, SeriesTrend } from '../kpis/kpi-service.js';
import type { QualityRating } from '../kpis/quality-rating.js';
import type { FeedItemRepository } from '../monitoring/feed-item.js';
import type { FeedState, FeedStateRepository } from '../monitoring/feed-state.js';
import type { TermKind } from '../monitoring/match.js';
import { readStep10 } from '../../conversations/step-10-evaluate.js';
import { stepOf, type Plan } from '../plan/plan.js';
import { policyFigures, type PolicyFiguresSources } from '../policy/ack-figures.js';
import type { Tenant } from '../tenants/tenant.js';
import { progressOf, type Progress } from './progress.js';

export interface DigestSources {
  calendar: CalendarRepository;
  comments: CommentRepository;
  feedItems: FeedItemRepository;
  feedStates: FeedStateRepository;
  kpis: KpiService;
  /** The staff policy's state, acknowledgements and the people it concerns. */
  policy: PolicyFiguresSources;
  /** The method's pitfalls for a plan (src/plan/pitfalls.ts), as texts. */
  pitfalls?: (read: (step: number) => StepAnswers, tenantId: TenantId, progress: StepProgress) => Promise<Bilingual[]>;
}

export interface TermHits {
  kind: TermKind;
  term: string;
  items: Array<{ title: string; link?: string }>;
}

export interface DigestData {
  tenant: Tenant;
  from: Date;
  to: Date;
  progress: Progress;
  upcoming: CalendarEntry[];
  feeds: { newMatched: number; byTerm: TermHits[]; failing: FeedState[] };
  comments: { received: number; answered: number } & ComputedKpis;
  kpis: SeriesTrend[];
  /** Step 8's leaders in conversation or relationship, with the trend of earlier readings. */
  engaged: EngagedLeaders;
  /** Step 10's conversation-quality ratings (latest last), and whether the plan sets a cadence for them. */
  quality: { ratings: QualityRating[]; planned: boolean };
  policy: { version?: string; acknowledged: number; staff: number };
  pitfalls: Bilingual[];
}

const DAY = 86_400_000;
/** Items listed per term: the digest is read in a chat, not a report. */
const ITEMS_PER_TERM = 3;
const ITEMS_READ = 300;

/**
 * Everything the weekly digest says, for the 7 days before `now`: a handful of queries bounded by
 * the week's activity (the comment figures in one read, a capped read of matched items), so the
 * digest's cost does not grow with the tenant's history.
 */
export async function collectDigest(sources: DigestSources, tenant: Tenant, plan: Plan | null, now: Date): Promise<DigestData> {
  const from = new Date(now.getTime() - 7 * DAY);
  const tenantId = tenant.tenantId;
  const read = (step: number) => (plan ? stepOf(plan, step as never).answers : {});
  const [upcoming, { items: matched, total: newMatched }, failing, week, kpis, ratings] = await Promise.all([
    sources.calendar.upcoming(tenantId, now, new Date(now.getTime() + 7 * DAY), 30),
    sources.feedItems.matchedWithTotal(tenantId, from, now, ITEMS_READ),
    sources.feedStates.failing(tenantId),
    sources.comments.weekFigures(tenantId, from, now),
    sources.kpis.trends(tenantId, now),
    sources.kpis.qualityRatings(tenantId, 8),
  ]);
  const engaged = await sources.kpis.engagedLeaders(tenantId, read(8), now, tenant.timeZone);

  const byTerm = new Map<string, TermHits>();
  for (const item of matched) {
    for (const match of item.matches) {
      const key = `${match.kind}|${match.term}`;
      const hits = byTerm.get(key) ?? { kind: match.kind, term: match.term, items: [] };
      byTerm.set(key, hits);
      if (hits.items.length < ITEMS_PER_TERM) hits.items.push({ title: item.title, link: item.link });
    }
  }

  const { missing: _missing, ...policy } = await policyFigures(sources.policy, tenantId, plan);
  void _missing;

  return {
    tenant,
    from,
    to: now,
    progress: progressOf(plan),
    upcoming,
    feeds: { newMatched, byTerm: [...byTerm.values()], failing },
    comments: { ...week, ...leaderFigures(read(8)) },
    kpis,
    engaged,
    quality: { ratings, planned: readStep10(read(10)).qualityCadence !== undefined },
    policy,
    pitfalls: plan && sources.pitfalls ? await sources.pitfalls(read, tenantId, (n) => stepOf(plan, n)) : [],
  };
}
