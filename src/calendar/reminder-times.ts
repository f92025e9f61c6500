import type { Reminder } from './calendar-entry.js';

export interface ReminderPolicy {
  /** Minutes before the entry (the tenant's lead times). */
  leadMinutes: number[];
  /** A follow-up after publication ("promote it, then record its numbers"). */
  followUp: boolean;
}

/** The follow-up comes a day after publication: time for a post to gather its first numbers. */
export const FOLLOW_UP_AFTER_MS = 24 * 3_600_000;

/**
 * The reminders of an entry at `at`: one per lead time still ahead of `now` (a reminder whose
 * moment has passed when the entry is created or moved is not sent late), plus the follow-up.
 * Computed on instants, so "24 h before" is 24 real hours even across a daylight-saving change.
 */
export function reminderTimes(at: Date, kind: 'post' | 'training', policy: ReminderPolicy, now: Date): Reminder[] {
  const reminders: Reminder[] = [...new Set(policy.leadMinutes)]
    .sort((a, b) => b - a)
    .map((minutes) => ({ key: `before-${minutes}`, dueAt: new Date(at.getTime() - minutes * 60_000) }))
    .filter((reminder) => reminder.dueAt.getTime() > now.getTime());
  if (policy.followUp && kind === 'post') {
    reminders.push({ key: 'follow-up', dueAt: new Date(at.getTime() + FOLLOW_UP_AFTER_MS) });
  }
  return reminders;
}
