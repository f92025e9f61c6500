import { DateTime } from 'luxon';
import { planGoLive } from '../plan/go-live-date.js';
import { stepOf, type Plan } from '../plan/plan.js';

/**
 * "Only after carefully planning the previous steps will the organization be ready": until step 7
 * is complete, an entry dated before go-live (step 7's date, else step 1's) is kept as a draft,
 * with no reminder. Returns the instant before which entries wait (go-live day's start in the
 * team's zone), or undefined when nothing waits: no go-live date yet, or step 7 complete.
 */
export function draftsBefore(plan: Plan | null, timeZone: string): Date | undefined {
  if (!plan || stepOf(plan, 7).status === 'complete') return undefined;
  const day = planGoLive((step) => stepOf(plan, step).answers);
  if (!day) return undefined;
  const start = DateTime.fromISO(day, { zone: timeZone }).startOf('day');
  return start.isValid ? start.toJSDate() : undefined;
}

export function waitsAsDraft(at: Date, gate: Date | undefined): boolean {
  return gate !== undefined && at.getTime() < gate.getTime();
}
