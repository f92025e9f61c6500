import type { Config } from '../../src/config/env.js';
import type { Tenant } from '../../src/tenants/tenant.js';

/** Boussole's tenant id for a Slack workspace, or a Grid organization for org-wide installs. */
export function slackTenantId(externalId: string): string {
  return `slack:${externalId}`;
}

/** The Slack id behind a tenant id, or undefined when the tenant is not a Slack one. */
export function slackExternalId(tenantId: string): string | undefined {
  return tenantId.startsWith('slack:') ? tenantId.slice('slack:'.length) : undefined;
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
