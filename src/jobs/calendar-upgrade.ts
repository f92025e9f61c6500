import type { CalendarRepository } from '../calendar/calendar-repository.js';
import { upgradeLegacyCalendar } from '../calendar/legacy-upgrade.js';
import type { Logger } from '../log/logger.js';
import type { JobDefinition } from './scheduler.js';

export const CALENDAR_UPGRADE_JOB = 'calendar-upgrade';

/** Hourly (and at once when first registered): the legacy calendar entries' migration. */
export function calendarUpgradeJob(deps: { calendar: CalendarRepository; clock: () => Date; log: Logger }): JobDefinition<never> {
  return {
    name: CALENDAR_UPGRADE_JOB,
    handler: async () => {
      await upgradeLegacyCalendar(deps.calendar, deps.log, deps.clock());
    },
    options: { concurrency: 1 },
  };
}
