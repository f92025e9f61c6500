import type { Job } from 'agenda';
import type { Notifier } from '../core/ports/notifier.js';
import type { Logger } from '../log/logger.js';
import { checkDiscussion } from '../policy/discussion-check.js';
import type { PolicyStateRepository } from '../policy/policy-state.js';
import { forEachTenant, type TenantsAndPlans } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const POLICY_DISCUSSION_CHECK_JOB = 'policy-discussion-check';

/** Hourly: the day after the staff policy's planned discussion, asks the owners whether it took place. */
export function policyDiscussionCheckJob(deps: TenantsAndPlans & { notifier: Notifier; policyStates: Pick<PolicyStateRepository, 'get'>; clock: () => Date; log: Logger }): JobDefinition<never> {
  return {
    name: POLICY_DISCUSSION_CHECK_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps, deps.log, 'policy discussion check', (tenant, plan) => checkDiscussion(deps.notifier, deps.policyStates, tenant, plan, deps.clock()));
    },
    options: { concurrency: 1 },
  };
}
