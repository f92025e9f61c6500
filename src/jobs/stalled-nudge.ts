import type { Job } from 'agenda';
import type { FeatureDeps, FeatureServices } from '../commands/feature-services.js';
import { nudgeStalled } from '../plan/stalled-nudge.js';
import { forEachTenant } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const STALLED_NUDGE_JOB = 'stalled-nudge';

/** Every few hours: nudges teams whose unfinished plan has not moved for 14 days (once per stall). */
export function stalledNudgeJob(services: FeatureServices, deps: FeatureDeps): JobDefinition<never> {
  return {
    name: STALLED_NUDGE_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps.repositories, deps.log, 'stalled-plan nudge', (tenant, plan) => nudgeStalled(deps.notifier, tenant, plan, services.clock()));
    },
    options: { concurrency: 1 },
  };
}
