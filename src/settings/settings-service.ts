import type { Agenda } from 'agenda';
import type { Tenant } from '../tenants/tenant.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import { scheduleDigest } from '../digest/digest-schedule.js';
import type { TenantId } from '../core/tenant-id.js';

export type TenantSettings = Partial<Pick<Tenant, 'timeZone' | 'locale' | 'digest'>> & {
  channels?: Partial<Tenant['channels']>;
  leadMinutes?: number[];
  followUp?: boolean;
};

/** Changes a tenant's settings; a new zone or digest moment moves its digest job at once. */
export class SettingsService {
  constructor(
    private readonly tenants: TenantsRepository,
    private readonly scheduler: () => Agenda | undefined,
  ) {}

  async get(tenantId: TenantId): Promise<Tenant | null> {
    return this.tenants.findOne(tenantId, { _id: tenantId });
  }

  async update(tenantId: TenantId, settings: TenantSettings): Promise<Tenant | null> {
    const set: Record<string, unknown> = { updatedAt: new Date().toISOString() };
    if (settings.timeZone) set.timeZone = settings.timeZone;
    if (settings.locale) set.locale = settings.locale;
    if (settings.digest) set.digest = settings.digest;
    for (const [purpose, channel] of Object.entries(settings.channels ?? {})) if (channel) set[`channels.${purpose}`] = channel;
    if (settings.leadMinutes) set['reminders.leadMinutes'] = settings.leadMinutes;
    if (settings.followUp !== undefined) set['reminders.followUp'] = settings.followUp;
    const tenant = await this.tenants.update(tenantId, { _id: tenantId }, { $set: set });
    const agenda = this.scheduler();
    // Without a scheduler yet (database just back), the hourly digest-schedules pass creates the job.
    if (tenant && agenda && (settings.timeZone || settings.digest)) await scheduleDigest(agenda, tenant);
    return tenant;
  }
}
