import { DateTime } from 'luxon';
import type { Notifier } from '../core/ports/notifier.js';
import { deliverAll, type DeliveryReport } from '../notify/deliver.js';
import { userTarget } from '../notify/tenant-targets.js';
import { stepOf, type Plan } from '../plan/plan.js';
import type { Tenant } from '../tenants/tenant.js';
import { POLICY_TEXT } from './messages.js';
import { policyStatus, type PolicyStateRepository } from './policy-state.js';
import { dayInWords, todayIn } from './status-text.js';

/**
 * From the day after the planned discussion of the staff policy (step 5, or the new date given
 * after "not yet"), asks the plan's owners whether it took place: yes makes the policy discussed,
 * not yet asks for a new date. Once per planned date and owner; without owners, whoever completed
 * step 5 is asked.
 */
export async function checkDiscussion(notifier: Notifier, states: Pick<PolicyStateRepository, 'get'>, tenant: Tenant, plan: Plan | null, now: Date): Promise<DeliveryReport | undefined> {
  if (!plan) return undefined;
  const step5 = stepOf(plan, 5);
  if (step5.status !== 'complete') return undefined;
  const status = policyStatus(await states.get(tenant.tenantId), step5.answers, step5.completedAt);
  if (status.state !== 'draft' || !status.plannedOn) return undefined;
  const dayAfter = DateTime.fromISO(status.plannedOn).plus({ days: 1 }).toISODate()!;
  if (todayIn(tenant.timeZone, now) < dayAfter) return undefined;
  const owners = tenant.owners.length > 0 ? tenant.owners : step5.completedBy ? [step5.completedBy.id] : [];
  const locale = tenant.locale;
  return deliverAll(
    notifier,
    owners.map((owner) => ({
      target: userTarget(tenant.tenantId, owner),
      message: [
        {
          kind: 'buttons',
          text: POLICY_TEXT.t(locale, 'checkQuestion', { date: dayInWords(status.plannedOn!, locale) }),
          buttons: [
            { label: POLICY_TEXT.t(locale, 'checkYes'), action: { kind: 'command', text: POLICY_TEXT.t(locale, 'checkYesCommand', { date: status.plannedOn! }) }, style: 'primary' },
            { label: POLICY_TEXT.t(locale, 'checkNotYet'), action: { kind: 'command', text: POLICY_TEXT.t(locale, 'checkNotYetCommand') } },
          ],
        },
      ],
      key: `policy-discussion:${tenant.tenantId}:${status.plannedOn}:${owner}`,
    })),
  );
}
