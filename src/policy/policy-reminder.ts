import type { Notifier } from '../core/ports/notifier.js';
import { deliverAll, type DeliveryReport } from '../notify/deliver.js';
import { userTarget } from '../notify/tenant-targets.js';
import { stepOf, type Plan } from '../plan/plan.js';
import type { PolicyAckRepository } from './ack-repository.js';
import type { Tenant } from '../tenants/tenant.js';
import { POLICY_TEXT } from './messages.js';
import { staffOf } from './staff.js';
import { tenantWeek, weeklyMomentPassed } from '../tenants/weekly-moment.js';

/**
 * Weekly, at the tenant's digest moment: a direct message to each staff member (step 5/6) who has
 * not acknowledged the current policy (the version is step 5's completion time, as the engine
 * records it). One post per person and week.
 */
export async function remindPolicy(notifier: Notifier, acks: PolicyAckRepository, tenant: Tenant, plan: Plan | null, now: Date): Promise<DeliveryReport | undefined> {
  if (!plan || !weeklyMomentPassed(tenant, now)) return undefined;
  const version = stepOf(plan, 5).completedAt;
  if (!version) return undefined;
  const staff = staffOf(stepOf(plan, 5).answers, stepOf(plan, 6).answers);
  if (staff.size === 0) return undefined;
  const acked = new Set((await acks.findMany(tenant.tenantId, { policyVersion: version })).map((a) => a.userId));
  const week = tenantWeek(now, tenant.timeZone);
  const missing = [...staff.keys()].filter((id) => !acked.has(id));
  return deliverAll(
    notifier,
    missing.map((userId) => ({
      target: userTarget(tenant.tenantId, userId),
      message: [{ kind: 'text', text: POLICY_TEXT.t(tenant.locale, 'reminder') }],
      key: `policy:${tenant.tenantId}:${version}:${week}:${userId}`,
    })),
  );
}
