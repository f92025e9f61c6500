import type { Job } from 'agenda';
import type { Logger } from '../log/logger.js';
import type { Plan } from '../plan/plan.js';
import type { Repositories } from '../app/repositories.js';
import type { Tenant } from '../tenants/tenant.js';

/**
 * Runs `work` for each tenant with its plan; a failure for one tenant is logged and the others
 * go on. The job's lock is renewed between tenants, so a long run is not taken for a dead one.
 */
export async function forEachTenant(
  job: Job<unknown> | undefined,
  repositories: Repositories,
  log: Logger,
  what: string,
  work: (tenant: Tenant, plan: Plan | null) => Promise<unknown>,
): Promise<void> {
  for (const tenant of await repositories.tenants.all()) {
    try {
      const plan = await repositories.plans.findOne(tenant.tenantId, { _id: tenant.tenantId });
      await work(tenant, plan);
    } catch (error) {
      log.warn({ err: error, tenantId: tenant.tenantId }, `${what} failed for one tenant; the others go on`);
    }
    await job?.touch().catch(() => {});
  }
}
