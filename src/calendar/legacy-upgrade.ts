import type { Logger } from '../log/logger.js';
import type { CalendarRepository } from './calendar-repository.js';

/**
 * Gives the calendar entries saved by a version before the reminder queue their schedule and
 * queues what they still owe (CalendarRepository.upgradeLegacyEntries). A data migration, run by
 * its own hourly job rather than by the per-minute reminder run: entries written by an older
 * process during a rolling upgrade are still taken in, and the reminder run only sends reminders.
 */
export async function upgradeLegacyCalendar(entries: CalendarRepository, log: Pick<Logger, 'info' | 'error'>, now = new Date()): Promise<number> {
  const { upgraded, failed } = await entries.upgradeLegacyEntries(now);
  if (upgraded > 0) log.info({ upgraded }, 'calendar entries of an earlier version given a reminder schedule');
  for (const { id, problem } of failed) log.error({ entry: id, problem }, 'calendar entry of an earlier version could not be upgraded');
  return upgraded;
}
