import type { Job } from 'agenda';
import type { Logger } from '../log/logger.js';
import type { ReviewService } from '../review/review-service.js';
import { forEachTenant, type TenantsAndPlans } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const REVIEW_REPORT_JOB = 'review-report';

/** Hourly: sends each live plan's review report when step 10's review date has come (once per date). */
export function reviewReportJob(deps: TenantsAndPlans & { review: Pick<ReviewService, 'sendIfDue'>; clock: () => Date; log: Logger }): JobDefinition<never> {
  return {
    name: REVIEW_REPORT_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps, deps.log, 'plan review', async (tenant, plan) => {
        const report = await deps.review.sendIfDue(tenant, plan, deps.clock());
        if (report && !report.settled) deps.log.warn({ tenantId: tenant.tenantId, failures: report.failures }, 'plan review not delivered everywhere; retried next hour');
      });
    },
    options: { concurrency: 1 },
  };
}
