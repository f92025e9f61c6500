import type { PlanRepository } from '../../plan/plan-repository.js';
import type { TenantsRepository } from '../../tenants/tenant-repository.js';
import type { CalendarRepository } from '../calendar-repository.js';
import { DEFAULT_POLICY } from '../calendar-service.js';
import { planEntries } from '../plan-entries.js';
import { calendarFeed, type FeedEvent } from './calendar-feed.js';
import { reviewSeries } from './review-series.js';
import type { TenantId } from '../../core/tenant-id.js';

/** How far back the feed goes: recent posts stay visible; older ones the clients already have. */
const PAST_DAYS = 90;
/** A bound on one feed: far above a team's calendar, far below what hurts a calendar client. */
const MAX_ENTRIES = 1000;

export interface FeedSourceDeps {
  tenants: TenantsRepository;
  calendar: CalendarRepository;
  plans: PlanRepository;
  defaults: { locale: 'fr' | 'en'; timeZone: string };
  clock?: () => Date;
}

/**
 * The iCalendar text of one team: its calendar entries (cancelled ones too, so subscribed
 * calendars drop them), the dated items of steps 4 and 6 not on the calendar yet (drafts), and
 * step 10’s reviews.
 */
export function calendarFeedSource(deps: FeedSourceDeps): (tenantId: TenantId) => Promise<string> {
  const clock = deps.clock ?? (() => new Date());
  return async (tenantId) => {
    const now = clock();
    const tenant = await deps.tenants.findOne(tenantId, { _id: tenantId });
    const timeZone = tenant?.timeZone ?? deps.defaults.timeZone;
    const from = new Date(now.getTime() - PAST_DAYS * 86_400_000);
    const entries = await deps.calendar.findMany(tenantId, { at: { $gte: from } }, { sort: { at: 1 }, limit: MAX_ENTRIES });
    const events: FeedEvent[] = entries.map((entry) => ({ ...entry, id: entry._id }));
    const plan = await deps.plans.findOne(tenantId, { _id: tenantId });
    const onCalendar = new Set(entries.map((entry) => entry._id));
    for (const item of plan ? planEntries(plan) : []) {
      // The id the entry gets when its step is completed (CalendarService.syncPlanEntries).
      const id = `${tenantId}|plan:${item.id}`;
      if (onCalendar.has(id) || item.at.getTime() < from.getTime()) continue;
      events.push({ ...item, id, status: 'draft', revision: 0 });
    }
    const review = plan ? reviewSeries(plan, timeZone) : undefined;
    return calendarFeed({
      tenantId,
      locale: tenant?.locale ?? deps.defaults.locale,
      timeZone,
      leadMinutes: tenant?.reminders.leadMinutes ?? DEFAULT_POLICY.leadMinutes,
      events,
      ...(review ? { review } : {}),
      now,
    });
  };
}
