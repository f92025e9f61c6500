import type { Job } from 'agenda';
import type { Logger } from '../log/logger.js';
import type { NameBackfill } from '../people/name-backfill.js';
import { forEachTenant, type TenantsAndPlans } from './for-each-tenant.js';
import type { JobDefinition } from './scheduler.js';

export const PEOPLE_NAMES_JOB = 'people-names';

/**
 * Hourly (and at once when first registered, so a team upgrading sees names right away): people
 * stored by id only get their names, from what they last wrote under or from their platform.
 */
export function peopleNamesJob(deps: TenantsAndPlans & { names: Pick<NameBackfill, 'run'>; log: Logger }): JobDefinition<never> {
  return {
    name: PEOPLE_NAMES_JOB,
    handler: async (job: Job<never>) => {
      await forEachTenant(job as Job<unknown>, deps, deps.log, 'naming people stored by id', (tenant, plan) => deps.names.run(tenant.tenantId, plan));
    },
    options: { concurrency: 1 },
  };
}
