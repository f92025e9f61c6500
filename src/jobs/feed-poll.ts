import type { Job } from 'agenda';
import type { Logger } from '../log/logger.js';
import type { FeedPoller } from '../monitoring/feed-poller.js';
import { watchConfig } from '../monitoring/watch-config.js';
import { stepOf } from '../plan/plan.js';
import { forEachTenant, type TenantsAndPlans } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const FEED_POLL_JOB = 'feed-poll';

/** Hourly: polls each tenant's step-1 feeds (failing feeds back off on their own schedule). */
export function feedPollJob(deps: TenantsAndPlans & { poller: Pick<FeedPoller, 'pollTenant'>; log: Logger }): JobDefinition<never> {
  return {
    name: FEED_POLL_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps, deps.log, 'feed poll', async (tenant, plan) => {
        if (!plan) return;
        const config = watchConfig(stepOf(plan, 1).answers);
        if (config.feeds.length > 0) await deps.poller.pollTenant(tenant.tenantId, config);
      });
    },
    options: { concurrency: 1, lockLifetime: 30 * 60_000 },
  };
}
