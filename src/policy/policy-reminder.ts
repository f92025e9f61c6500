import type { Notifier } from '../core/ports/notifier.js';
import { deliverAll, type DeliveryReport } from '../notify/deliver.js';
import { userTarget } from '../notify/tenant-targets.js';
import type { Plan } from '../plan/plan.js';
import type { Tenant } from '../tenants/tenant.js';
import { POLICY_TEXT } from './messages.js';
import { tenantWeek, weeklyMomentPassed } from '../tenants/weekly-moment.js';
import { policyFigures, type PolicyFiguresSources } from './ack-figures.js';

/**
 * Weekly, at the tenant's digest moment: a direct message to each person the policy concerns who
 * has not acknowledged its official version. Nothing while the policy is not official. One post
 * per person and week.
 */
export async function remindPolicy(notifier: Notifier, sources: PolicyFiguresSources, tenant: Tenant, plan: Plan | null, now: Date): Promise<DeliveryReport | undefined> {
  if (!plan || !weeklyMomentPassed(tenant, now)) return undefined;
  const figures = await policyFigures(sources, tenant.tenantId, plan);
  if (!figures.version || figures.missing.length === 0) return undefined;
  const week = tenantWeek(now, tenant.timeZone);
  return deliverAll(
    notifier,
    figures.missing.map((userId) => ({
      target: userTarget(tenant.tenantId, userId),
      message: [{ kind: 'text', text: POLICY_TEXT.t(tenant.locale, 'reminder') }],
      key: `policy:${tenant.tenantId}:${figures.version}:${week}:${userId}`,
    })),
  );
}
