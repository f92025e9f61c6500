import type { Agenda } from 'agenda';
import { CALENDAR_REMINDERS_JOB } from './calendar-reminders.js';
import { CALENDAR_UPGRADE_JOB } from './calendar-upgrade.js';
import { COMMENT_SCAN_JOB } from './comment-scan.js';
import { DIGEST_SCHEDULES_JOB } from './digest-schedules.js';
import { FEED_POLL_JOB } from './feed-poll.js';
import { KPI_CHECKINS_JOB } from './kpi-checkins.js';
import { POLICY_REMINDERS_JOB } from './policy-reminders.js';
import { POLICY_DISCUSSION_CHECK_JOB } from './policy-discussion-check.js';
import { ACCOUNT_RESERVATIONS_JOB } from './account-reservations.js';
import { PEOPLE_NAMES_JOB } from './people-names.js';
import { PURGE_KEYS_JOB } from './purge-keys.js';
import { STALLED_NUDGE_JOB } from './stalled-nudge.js';
import { REVIEW_REPORT_JOB } from './review-report.js';

/** How often each global job runs (Agenda intervals: a number of ms or "5 minutes"). */
export const RECURRING = {
  [CALENDAR_REMINDERS_JOB]: '1 minute',
  [CALENDAR_UPGRADE_JOB]: '1 hour',
  [COMMENT_SCAN_JOB]: '5 minutes',
  [FEED_POLL_JOB]: '1 hour',
  [DIGEST_SCHEDULES_JOB]: '1 hour',
  [KPI_CHECKINS_JOB]: '1 hour',
  [POLICY_REMINDERS_JOB]: '1 hour',
  [POLICY_DISCUSSION_CHECK_JOB]: '1 hour',
  [ACCOUNT_RESERVATIONS_JOB]: '1 hour',
  [STALLED_NUDGE_JOB]: '6 hours',
  [REVIEW_REPORT_JOB]: '1 hour',
  [PEOPLE_NAMES_JOB]: '1 hour',
  [PURGE_KEYS_JOB]: '1 day',
} as const;

/**
 * Registers the global recurring jobs (one document per name, whichever process saves it: Agenda's
 * `every` upserts by name) and runs the digest-schedule pass once at start.
 */
export async function scheduleRecurringJobs(agenda: Agenda, overrides: Partial<Record<keyof typeof RECURRING, string | number>> = {}): Promise<void> {
  for (const [name, interval] of Object.entries({ ...RECURRING, ...overrides })) {
    await agenda.every(interval, name);
  }
  await agenda.now(DIGEST_SCHEDULES_JOB);
}
