import type { Job } from 'agenda';
import type { Notifier } from '../core/ports/notifier.js';
import { nudgeStalled } from '../plan/stalled-nudge.js';
import type { Logger } from '../log/logger.js';
import { forEachTenant, type TenantsAndPlans } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const STALLED_NUDGE_JOB = 'stalled-nudge';

/** Every few hours: nudges teams whose unfinished plan has not moved for 14 days (once per stall). */
export function stalledNudgeJob(deps: TenantsAndPlans & { notifier: Notifier; clock: () => Date; log: Logger }): JobDefinition<never> {
  return {
    name: STALLED_NUDGE_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps, deps.log, 'stalled-plan nudge', (tenant, plan) => nudgeStalled(deps.notifier, tenant, plan, deps.clock()));
    },
    options: { concurrency: 1 },
  };
}
