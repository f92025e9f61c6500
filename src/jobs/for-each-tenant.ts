import type { Job } from 'agenda';
import type { Logger } from '../log/logger.js';
import type { Plan } from '../plan/plan.js';
import type { PlanRepository } from '../plan/plan-repository.js';
import type { Tenant } from '../tenants/tenant.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';

/** What a per-tenant job reads: every tenant, and each one's plan. */
export interface TenantsAndPlans {
  tenants: Pick<TenantsRepository, 'all'>;
  plans: Pick<PlanRepository, 'findOne'>;
}

/**
 * Runs `work` for each tenant with its plan; a failure for one tenant is logged and the others
 * go on. The job's lock is renewed between tenants, so a long run is not taken for a dead one.
 */
export async function forEachTenant(
  job: Job<unknown> | undefined,
  repositories: TenantsAndPlans,
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
