import type { Activity } from 'botbuilder';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { TenantId } from '../../../src/core/tenant-id.js';
import type { BotDeps } from './deps.js';
import { localeOf } from './identity.js';
import { personLanguage } from '../../../src/core/i18n/person-language.js';

/**
 * The language of a person's Boussole where the engine does not answer (a refused card): the one
 * they chose with `langue`, else their Teams client's, else their team's.
 */
export async function personLocale(deps: BotDeps, tenantId: TenantId, userId: string, activity: Partial<Activity>): Promise<Locale> {
  const known = personLanguage(await deps.repositories.userPrefs.get(tenantId, userId), localeOf(activity));
  if (known) return known;
  const tenant = await deps.repositories.tenants.findOne(tenantId, { _id: tenantId });
  return tenant?.locale ?? deps.defaults.locale;
}
