import type { Notifier } from '../core/ports/notifier.js';
import type { Locale } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import { deliverAll, type DeliveryReport } from '../notify/deliver.js';
import { channelOrOwners, targetKey } from '../notify/tenant-targets.js';
import type { PlanRepository } from '../plan/plan-repository.js';
import type { Tenant } from '../tenants/tenant.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import { collectDigest, type DigestSources } from './digest-data.js';
import { renderDigest } from './digest-render.js';
import { tenantWeek } from '../tenants/weekly-moment.js';
import type { TenantId } from '../core/tenant-id.js';

/** Builds the weekly digest (for the `digest` preview and the weekly job) and posts it. */
export class DigestService {
  constructor(
    private readonly sources: DigestSources,
    private readonly tenants: TenantsRepository,
    private readonly plans: Pick<PlanRepository, 'findOne'>,
    private readonly notifier: Notifier,
  ) {}

  async build(tenant: Tenant, now: Date, locale: Locale = tenant.locale): Promise<Reply[]> {
    const plan = await this.plans.findOne(tenant.tenantId, { _id: tenant.tenantId });
    return renderDigest(await collectDigest(this.sources, tenant, plan, now), locale);
  }

  /** Posts this week's digest once: the key names the tenant's week, whatever runs it twice. */
  async send(tenantId: TenantId, now: Date): Promise<DeliveryReport | undefined> {
    const tenant = await this.tenants.findOne(tenantId, { _id: tenantId });
    if (!tenant) return undefined;
    const message = await this.build(tenant, now);
    const week = tenantWeek(now, tenant.timeZone);
    return deliverAll(
      this.notifier,
      channelOrOwners(tenant, 'digest').map((target) => ({ target, message, key: `digest:${tenantId}:${week}:${targetKey(target)}` })),
    );
  }
}
