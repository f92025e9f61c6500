import { DateTime } from 'luxon';
import type { Tenant } from './tenant.js';

/**
 * The tenant's week in its zone, e.g. `2026-W11`: part of the idempotency keys of weekly posts
 * (the digest, the policy reminder).
 */
export function tenantWeek(at: Date, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone }).toFormat("kkkk-'W'WW");
}

/**
 * Whether the tenant's weekly moment (its digest weekday and hour, in its zone) has come in the
 * current week. Hourly jobs use it with a per-week idempotency key: they act at the first run
 * after the moment, once, even after downtime.
 */
export function weeklyMomentPassed(tenant: Pick<Tenant, 'digest' | 'timeZone'>, now: Date): boolean {
  const local = DateTime.fromJSDate(now, { zone: tenant.timeZone });
  return local.weekday > tenant.digest.weekday || (local.weekday === tenant.digest.weekday && local.hour >= tenant.digest.hour);
}

/** The same for a monthly moment: from the first day of the month at the digest hour. */
export function monthlyMomentPassed(tenant: Pick<Tenant, 'digest' | 'timeZone'>, now: Date): boolean {
  const local = DateTime.fromJSDate(now, { zone: tenant.timeZone });
  return local.day > 1 || local.hour >= tenant.digest.hour;
}

/**
 * The same for a quarterly moment: from the first day of January, April, July and October at the
 * digest hour, until the end of that month only — an ask's idempotency key is kept 45 days, less
 * than a quarter, so a moment lasting the whole quarter would ask again once the key is purged.
 */
export function quarterlyMomentPassed(tenant: Pick<Tenant, 'digest' | 'timeZone'>, now: Date): boolean {
  const local = DateTime.fromJSDate(now, { zone: tenant.timeZone });
  return (local.month - 1) % 3 === 0 && monthlyMomentPassed(tenant, now);
}
