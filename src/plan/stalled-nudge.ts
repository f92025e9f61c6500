import type { Notifier } from '../core/ports/notifier.js';
import { deliverAll, type DeliveryReport } from '../notify/deliver.js';
import { channelOrOwners, targetKey } from '../notify/tenant-targets.js';
import { STEPS } from '../../conversations/index.js';
import type { Tenant } from '../tenants/tenant.js';
import { PLAN_TEXT } from './messages.js';
import { nextStep } from './next-step.js';
import { stepOf, type Plan } from './plan.js';

export const STALL_DAYS = 14;

/** A nudge when an unfinished plan has not changed for 14 days; once per stall (keyed on its last change). */
export async function nudgeStalled(notifier: Notifier, tenant: Tenant, plan: Plan | null, now: Date): Promise<DeliveryReport | undefined> {
  if (!plan) return undefined;
  const next = nextStep(STEPS, (n) => stepOf(plan, n).status);
  if (!next) return undefined;
  const days = Math.floor((now.getTime() - new Date(plan.updatedAt).getTime()) / 86_400_000);
  if (days < STALL_DAYS) return undefined;
  const text = PLAN_TEXT.t(tenant.locale, 'stalled', { days, n: next.number, title: next.title[tenant.locale] });
  return deliverAll(
    notifier,
    channelOrOwners(tenant, 'reminders').map((target) => ({
      target,
      message: [{ kind: 'text', text }],
      key: `stalled:${tenant.tenantId}:${plan.updatedAt}:${targetKey(target)}`,
    })),
  );
}
