import type { Job } from 'agenda';
import type { FeatureDeps, FeatureServices } from '../commands/feature-services.js';
import { remindPolicy } from '../policy/policy-reminder.js';
import { forEachTenant } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const POLICY_REMINDERS_JOB = 'policy-reminders';

/** Hourly: once a week per tenant, reminds staff who have not acknowledged the staff policy. */
export function policyRemindersJob(services: FeatureServices, deps: FeatureDeps): JobDefinition<never> {
  return {
    name: POLICY_REMINDERS_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps.repositories, deps.log, 'policy reminder', (tenant, plan) =>
        remindPolicy(deps.notifier, deps.repositories.policyAcks, tenant, plan, services.clock()),
      );
    },
    options: { concurrency: 1 },
  };
}
