import type { ReminderDispatcher } from '../calendar/reminder-dispatcher.js';
import type { Logger } from '../log/logger.js';
import type { JobDefinition } from './scheduler.js';

export const CALENDAR_REMINDERS_JOB = 'calendar-reminders';

/** Every minute: posts the calendar reminders that fell due (see ReminderDispatcher). */
export function calendarRemindersJob(deps: { reminders: Pick<ReminderDispatcher, 'run'>; log: Logger }): JobDefinition<never> {
  return {
    name: CALENDAR_REMINDERS_JOB,
    handler: async () => {
      const report = await deps.reminders.run();
      if (report.sent > 0 || report.retrying > 0) deps.log.info(report, 'calendar reminders posted');
    },
    options: { concurrency: 1, lockLifetime: 5 * 60_000 },
  };
}
