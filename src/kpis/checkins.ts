import { DateTime } from 'luxon';
import { readStep10 } from '../../conversations/step-10-evaluate.js';
import { readStep6 } from '../../conversations/step-06-train.js';
import type { Notifier } from '../core/ports/notifier.js';
import { deliverAll, type DeliveryReport } from '../notify/deliver.js';
import { userTarget } from '../notify/tenant-targets.js';
import { stepOf, type Plan } from '../plan/plan.js';
import type { Tenant } from '../tenants/tenant.js';
import { KPI_TEXT } from './messages.js';
import { monthlyMomentPassed, quarterlyMomentPassed, weeklyMomentPassed } from '../tenants/weekly-moment.js';

/**
 * Asks step 10's KPI owner for the numbers at the chosen cadence (weekly at the tenant's digest
 * moment, monthly from the first of the month), once per period.
 */
export async function checkIn(notifier: Notifier, tenant: Tenant, plan: Plan | null, now: Date): Promise<DeliveryReport | undefined> {
  if (!plan) return undefined;
  const step10 = readStep10(stepOf(plan, 10).answers);
  const owner = step10.kpiOwner;
  const cadence = step10.checkIn;
  if (!owner || !cadence) return undefined;
  if (!(cadence === 'weekly' ? weeklyMomentPassed(tenant, now) : monthlyMomentPassed(tenant, now))) return undefined;
  const local = DateTime.fromJSDate(now, { zone: tenant.timeZone });
  const period = cadence === 'weekly' ? local.toFormat("kkkk-'W'WW") : local.toFormat('yyyy-MM');
  const rows = step10.kpis.map((item) => `- ${item.platform ?? '?'} : ${item.metrics.join(', ')}`);
  const text = KPI_TEXT.t(tenant.locale, 'checkIn', { cadence: KPI_TEXT.t(tenant.locale, `checkIn.${cadence}`), list: rows.join('\n') || '-' });
  return deliverAll(notifier, [
    { target: userTarget(tenant.tenantId, owner.id), message: [{ kind: 'text', text }], key: `kpi-checkin:${tenant.tenantId}:${period}` },
  ]);
}

/**
 * Asks for step 10's conversation-quality rating at its own cadence (weekly, monthly or
 * quarterly), once per period: to the KPI owner, else the community manager of step 6.
 */
export async function qualityCheckIn(notifier: Notifier, tenant: Tenant, plan: Plan | null, now: Date): Promise<DeliveryReport | undefined> {
  if (!plan) return undefined;
  const step10 = readStep10(stepOf(plan, 10).answers);
  const cadence = step10.qualityCadence;
  const owner = step10.kpiOwner ?? readStep6(stepOf(plan, 6).answers).communityManager;
  if (!owner || !cadence) return undefined;
  const passed = cadence === 'weekly' ? weeklyMomentPassed(tenant, now) : cadence === 'monthly' ? monthlyMomentPassed(tenant, now) : quarterlyMomentPassed(tenant, now);
  if (!passed) return undefined;
  const local = DateTime.fromJSDate(now, { zone: tenant.timeZone });
  const period = cadence === 'weekly' ? local.toFormat("kkkk-'W'WW") : cadence === 'monthly' ? local.toFormat('yyyy-MM') : local.toFormat("yyyy-'Q'q");
  const text = KPI_TEXT.t(tenant.locale, 'qualityCheckIn', { period: KPI_TEXT.t(tenant.locale, `qualityPeriod.${cadence}`) });
  return deliverAll(notifier, [
    { target: userTarget(tenant.tenantId, owner.id), message: [{ kind: 'text', text }], key: `quality-checkin:${tenant.tenantId}:${period}` },
  ]);
}
