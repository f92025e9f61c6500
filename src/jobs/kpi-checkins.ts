import type { Job } from 'agenda';
import type { FeatureDeps, FeatureServices } from '../commands/feature-services.js';
import { checkIn, qualityCheckIn } from '../kpis/checkins.js';
import { forEachTenant } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const KPI_CHECKINS_JOB = 'kpi-checkins';

/** Hourly: asks step 10's KPI owner for the numbers, and for the conversation-quality rating, once per chosen period each. */
export function kpiCheckinsJob(services: FeatureServices, deps: FeatureDeps): JobDefinition<never> {
  return {
    name: KPI_CHECKINS_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps.repositories, deps.log, 'KPI check-in', async (tenant, plan) => {
        const now = services.clock();
        await checkIn(deps.notifier, tenant, plan, now);
        await qualityCheckIn(deps.notifier, tenant, plan, now);
      });
    },
    options: { concurrency: 1 },
  };
}
