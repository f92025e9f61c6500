import type { Agenda, Job } from 'agenda';
import { WEEKLY_DIGEST_JOB, type DigestJobData } from '../digest/digest-schedule.js';
import type { DigestService } from '../digest/digest-service.js';
import type { Logger } from '../log/logger.js';
import type { JobDefinition } from './scheduler.js';

export interface WeeklyDigestDeps {
  digest: Pick<DigestService, 'send'>;
  clock: () => Date;
  /** Agenda, to schedule a retry (undefined before the database answered). */
  scheduler: () => Agenda | undefined;
  log: Logger;
}

/** One repeating job per tenant (cron in its zone, see digest-schedule.ts): posts its weekly digest. */
export function weeklyDigestJob(deps: WeeklyDigestDeps): JobDefinition<never> {
  return {
    name: WEEKLY_DIGEST_JOB,
    handler: async (job: Job<never>) => {
      const { tenantId } = (job as Job<DigestJobData>).attrs.data;
      const report = await deps.digest.send(tenantId, deps.clock());
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
export function weeklyDigestRetryJob(deps: WeeklyDigestDeps): JobDefinition<never> {
  return { ...weeklyDigestJob(deps), name: WEEKLY_DIGEST_RETRY_JOB };
}
