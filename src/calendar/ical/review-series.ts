import { DateTime } from 'luxon';
import { readStep10 } from '../../../conversations/step-10-evaluate.js';
import { stepOf, type Plan } from '../../plan/plan.js';

/** How many months between two reviews of the plan, for each cadence step 10 offers. */
const MONTHS = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 } as const;
export type ReviewCadence = keyof typeof MONTHS;

/** The recurring review of the plan that step 10 sets: its first date and its interval. */
export interface ReviewSeries {
  cadence: ReviewCadence;
  intervalMonths: number;
  /** The first review, at 10:00 in the team's zone (every later one at 10:00 too, DST or not). */
  first: DateTime;
}

const isCadence = (value: string | undefined): value is ReviewCadence => value !== undefined && value in MONTHS;

/**
 * Step 10's review dates, once the step is complete: one interval after its completion, then every
 * interval after that. None while step 10 is not complete or names no cadence.
 */
export function reviewSeries(plan: Plan, timeZone: string): ReviewSeries | undefined {
  const step = stepOf(plan, 10);
  const cadence = readStep10(step.answers).reviewCadence;
  if (step.status !== 'complete' || !step.completedAt || !isCadence(cadence)) return undefined;
  const completed = DateTime.fromISO(step.completedAt, { zone: timeZone });
  if (!completed.isValid) return undefined;
  const intervalMonths = MONTHS[cadence];
  const first = completed.plus({ months: intervalMonths }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  return { cadence, intervalMonths, first };
}
