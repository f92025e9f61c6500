import type { Job } from 'agenda';
import { remindReservations } from '../activity/reservation-reminder.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { Logger } from '../log/logger.js';
import { forEachTenant, type TenantsAndPlans } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const ACCOUNT_RESERVATIONS_JOB = 'account-reservations';

/**
 * Hourly: step 3's accounts still "to reserve", recalled as tasks (weekly, until reserved). A job
 * rather than calendar entries: a reservation has no date of its own, it is due now and stays due
 * until step 3 says otherwise.
 */
export function accountReservationsJob(deps: TenantsAndPlans & { notifier: Notifier; clock: () => Date; log: Logger }): JobDefinition<never> {
  return {
    name: ACCOUNT_RESERVATIONS_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps, deps.log, 'account reservation reminder', (tenant, plan) => remindReservations(deps.notifier, tenant, plan, deps.clock()));
    },
    options: { concurrency: 1 },
  };
}
