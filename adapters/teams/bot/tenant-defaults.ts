import type { Config } from '../../../src/config/env.js';
import type { Tenant } from '../../../src/tenants/tenant.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { TenantId } from '../../../src/core/tenant-id.js';

/** A Teams tenant as first created: the configured language and zone, the method's rhythm. */
export function teamsTenantDefaults(
  defaults: Config['defaults'],
  tenantId: TenantId,
  externalId: string,
  locale: Locale | undefined,
): Omit<Tenant, 'createdAt' | 'updatedAt'> {
  return {
    _id: tenantId,
    tenantId,
    platform: 'teams',
    externalId,
    locale: locale ?? defaults.locale,
    timeZone: defaults.timeZone,
    owners: [],
    channels: {},
    // A reminder the day before and an hour before; the digest on Monday morning.
    reminders: { leadMinutes: [24 * 60, 60], followUp: false },
    digest: { weekday: 1, hour: 9 },
  };
}
