import type { DateTime } from 'luxon';
import { reviewSeries } from '../calendar/ical/review-series.js';
import { isLive, type Plan } from '../plan/plan.js';

/**
 * The latest review date of step 10's series that has come (the same dates the calendar feed
 * shows: one interval after step 10 was completed, then every interval), or undefined before the
 * first one, while the plan is not live, or without a cadence.
 */
export function dueReview(plan: Plan | null, timeZone: string, now: Date): DateTime | undefined {
  if (!plan || !isLive(plan)) return undefined;
  const series = reviewSeries(plan, timeZone);
  if (!series) return undefined;
  let due: DateTime | undefined;
  for (let k = 0; ; k++) {
    const next = series.first.plus({ months: k * series.intervalMonths });
    if (next.toMillis() > now.getTime()) return due;
    due = next;
  }
}
