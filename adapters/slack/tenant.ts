import type { Config } from '../../src/config/env.js';
import { makeTenantId, parseTenantId, type TenantId } from '../../src/core/tenant-id.js';
import type { Tenant } from '../../src/tenants/tenant.js';

/** Boussole's tenant id for a Slack workspace, or a Grid organization for org-wide installs. */
export function slackTenantId(externalId: string): TenantId {
  return makeTenantId('slack', externalId);
}

/** The Slack id behind a tenant id, or undefined when the tenant is not a Slack one. */
export function slackExternalId(tenantId: TenantId): string | undefined {
  const parsed = parseTenantId(tenantId);
  return parsed?.platform === 'slack' ? parsed.externalId : undefined;
}

/** A new Slack tenant's settings, before the team changes them. */
export function slackTenantDefaults(config: Config, externalId: string, name?: string): Omit<Tenant, 'createdAt' | 'updatedAt'> {
  const tenantId = slackTenantId(externalId);
  return {
    _id: tenantId,
    tenantId,
    platform: 'slack',
    externalId,
    ...(name ? { name: name.slice(0, 200) } : {}),
    locale: config.defaults.locale,
    timeZone: config.defaults.timeZone,
    owners: [],
    channels: {},
    // The method's rhythm: a reminder the day before and an hour before; the digest on Monday morning.
    reminders: { leadMinutes: [24 * 60, 60], followUp: false },
    digest: { weekday: 1, hour: 9 },
  };
}
