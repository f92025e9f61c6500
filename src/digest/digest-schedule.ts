import type { Agenda } from 'agenda';
import { DateTime } from 'luxon';
import type { Tenant } from '../tenants/tenant.js';
import type { TenantId } from '../core/tenant-id.js';

export const WEEKLY_DIGEST_JOB = 'weekly-digest';

export interface DigestJobData {
  tenantId: TenantId;
}

/** Cron for the tenant's digest: minute 0 of its hour on its weekday (tenant 1 = Monday … 7 = Sunday). */
export function digestCron(tenant: Pick<Tenant, 'digest'>): string {
  return `0 ${tenant.digest.hour} * * ${tenant.digest.weekday % 7}`;
}

/**
 * Creates or moves the tenant's weekly digest job: one job per tenant (unique on its tenant id),
 * repeating on a cron evaluated in the tenant's time zone, so "Monday 09:00" stays 09:00 on
 * both sides of a daylight-saving change.
 */
export async function scheduleDigest(agenda: Agenda, tenant: Tenant): Promise<void> {
  await agenda
    .create<DigestJobData>(WEEKLY_DIGEST_JOB, { tenantId: tenant.tenantId })
    .repeatEvery(digestCron(tenant), { timezone: tenant.timeZone, skipImmediate: true })
    .unique({ 'data.tenantId': tenant.tenantId })
    .save();
}

/** The next digest instant after `after`, computed independently of Agenda (shown by `settings`). */
export function nextDigestAt(tenant: Pick<Tenant, 'digest' | 'timeZone'>, after: Date): Date {
  const local = DateTime.fromJSDate(after, { zone: tenant.timeZone });
  for (let days = 0; days <= 7; days++) {
    const day = local.plus({ days }).startOf('day');
    if (day.weekday !== tenant.digest.weekday) continue;
    const at = day.set({ hour: tenant.digest.hour });
    if (at.toMillis() > after.getTime()) return at.toJSDate();
  }
  return local.plus({ weeks: 1 }).toJSDate();
}
