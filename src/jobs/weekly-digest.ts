import type { Job } from 'agenda';
import type { FeatureDeps, FeatureServices } from '../commands/feature-services.js';
import { WEEKLY_DIGEST_JOB, type DigestJobData } from '../digest/digest-schedule.js';
import type { JobDefinition } from './scheduler.js';

/** One repeating job per tenant (cron in its zone, see digest-schedule.ts): posts its weekly digest. */
export function weeklyDigestJob(services: FeatureServices, deps: FeatureDeps): JobDefinition<never> {
  return {
    name: WEEKLY_DIGEST_JOB,
    handler: async (job: Job<never>) => {
      const { tenantId } = (job as Job<DigestJobData>).attrs.data;
      const report = await services.digest.send(tenantId, services.clock());
      if (report && !report.settled) {
        // The week's key makes a retry safe: reachable targets are not posted to twice.
        const retry = deps.scheduler();
        await retry?.schedule('in 15 minutes', WEEKLY_DIGEST_RETRY_JOB, { tenantId });
        deps.log.warn({ tenantId, failures: report.failures }, 'weekly digest not delivered everywhere; retrying in 15 minutes');
      }
    },
    options: { concurrency: 2, lockLifetime: 5 * 60_000 },
  };
}

export const WEEKLY_DIGEST_RETRY_JOB = 'weekly-digest-retry';

/** A one-off retry of a digest whose platform was unavailable. */
export function weeklyDigestRetryJob(services: FeatureServices, deps: FeatureDeps): JobDefinition<never> {
  return { ...weeklyDigestJob(services, deps), name: WEEKLY_DIGEST_RETRY_JOB };
}
