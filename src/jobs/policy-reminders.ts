import type { Job } from 'agenda';
import type { Notifier } from '../core/ports/notifier.js';
import { remindPolicy } from '../policy/policy-reminder.js';
import type { Logger } from '../log/logger.js';
import type { PolicyFiguresSources } from '../policy/ack-figures.js';
import { forEachTenant, type TenantsAndPlans } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const POLICY_REMINDERS_JOB = 'policy-reminders';

/** Hourly: once a week per tenant, reminds staff who have not acknowledged the official staff policy. */
export function policyRemindersJob(deps: TenantsAndPlans & { notifier: Notifier; policy: PolicyFiguresSources; clock: () => Date; log: Logger }): JobDefinition<never> {
  return {
    name: POLICY_REMINDERS_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps, deps.log, 'policy reminder', (tenant, plan) => remindPolicy(deps.notifier, deps.policy, tenant, plan, deps.clock()));
    },
    options: { concurrency: 1 },
  };
}
