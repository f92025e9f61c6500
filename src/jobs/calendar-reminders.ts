import type { FeatureDeps, FeatureServices } from '../commands/feature-services.js';
import type { JobDefinition } from './scheduler.js';

export const CALENDAR_REMINDERS_JOB = 'calendar-reminders';

/** Every minute: posts the calendar reminders that fell due (see ReminderDispatcher). */
export function calendarRemindersJob(services: FeatureServices, deps: FeatureDeps): JobDefinition<never> {
  return {
    name: CALENDAR_REMINDERS_JOB,
    handler: async () => {
      const report = await services.reminders.run();
      if (report.sent > 0 || report.retrying > 0) deps.log.info(report, 'calendar reminders posted');
    },
    options: { concurrency: 1, lockLifetime: 5 * 60_000 },
  };
}
