import type { Agenda } from 'agenda';
import { digestCron, WEEKLY_DIGEST_JOB } from '../digest/digest-schedule.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import type { JobDefinition } from './scheduler.js';

export const DIGEST_SCHEDULES_JOB = 'digest-schedules';

/**
 * Hourly: gives each tenant without one its weekly digest job (tenants appear on first contact).
 * Insert-only, so a digest job that is running keeps its lock; `settings` moves existing ones.
 */
export function digestSchedulesJob(deps: { tenants: Pick<TenantsRepository, 'all'>; scheduler: () => Agenda | undefined }): JobDefinition<never> {
  return {
    name: DIGEST_SCHEDULES_JOB,
    handler: async () => {
      const agenda = deps.scheduler();
      if (!agenda) return;
      for (const tenant of await deps.tenants.all()) {
        await agenda
          .create(WEEKLY_DIGEST_JOB, { tenantId: tenant.tenantId })
          .repeatEvery(digestCron(tenant), { timezone: tenant.timeZone, skipImmediate: true })
          .unique({ 'data.tenantId': tenant.tenantId }, { insertOnly: true })
          .save();
      }
    },
    options: { concurrency: 1 },
  };
}
