import type { Activity } from 'botbuilder';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { TenantId } from '../../../src/core/tenant-id.js';
import type { BotDeps } from './deps.js';
import { localeOf } from './identity.js';

/**
 * The language of a person's Boussole where the engine does not answer (a refused card): the one
 * they chose with `langue`, else their Teams client's, else their team's.
 */
export async function personLocale(deps: BotDeps, tenantId: TenantId, userId: string, activity: Partial<Activity>): Promise<Locale> {
  const prefs = await deps.repositories.userPrefs.get(tenantId, userId);
  if (prefs?.locale) return prefs.locale;
  const platform = localeOf(activity);
  if (platform) return platform;
  const tenant = await deps.repositories.tenants.findOne(tenantId, { _id: tenantId });
  return tenant?.locale ?? deps.defaults.locale;
}
