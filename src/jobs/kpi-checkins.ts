import type { Job } from 'agenda';
import type { Notifier } from '../core/ports/notifier.js';
import { checkIn, qualityCheckIn } from '../kpis/checkins.js';
import type { Logger } from '../log/logger.js';
import { forEachTenant, type TenantsAndPlans } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const KPI_CHECKINS_JOB = 'kpi-checkins';

/** Hourly: asks step 10's KPI owner for the numbers, and for the conversation-quality rating, once per chosen period each. */
export function kpiCheckinsJob(deps: TenantsAndPlans & { notifier: Notifier; clock: () => Date; log: Logger }): JobDefinition<never> {
  return {
    name: KPI_CHECKINS_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps, deps.log, 'KPI check-in', async (tenant, plan) => {
        const now = deps.clock();
        await checkIn(deps.notifier, tenant, plan, now);
        await qualityCheckIn(deps.notifier, tenant, plan, now);
      });
    },
    options: { concurrency: 1 },
  };
}
