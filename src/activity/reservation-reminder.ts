import { DateTime } from 'luxon';
import { describePlatformItem } from '../../conversations/platforms.js';
import { readStep3 } from '../../conversations/step-03-platforms.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import type { Locale } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import { deliverAll, type DeliveryReport } from '../notify/deliver.js';
import { userTarget } from '../notify/tenant-targets.js';
import { stepOf, type Plan } from '../plan/plan.js';
import type { Tenant } from '../tenants/tenant.js';
import { ACTIVITY_TEXT } from './messages.js';

/** What completing step 3 says about the accounts it leaves to reserve. */
export function reservationNote(step3Answers: StepAnswers, locale: Locale): Reply[] {
  const pending = readStep3(step3Answers).platforms.filter((item) => item.status === 'to-reserve');
  if (pending.length === 0) return [];
  const accounts = pending.map((item) => describePlatformItem(item)[locale]).join(', ');
  return [{ kind: 'text', text: ACTIVITY_TEXT.t(locale, pending.length === 1 ? 'reserveNoteOne' : 'reserveNoteOther', { accounts }) }];
}

/** The hour of the team's day at which tasks are recalled. */
const TASK_HOUR = 9;

/**
 * Each account step 3 marks "to reserve" is a task: from the day after step 3 is complete, at
 * 09:00 in the team's zone, its owners (else whoever completed step 3) are reminded, then once a
 * week until step 3 says it is reserved. Keyed per account and week since completion.
 */
export async function remindReservations(notifier: Notifier, tenant: Tenant, plan: Plan | null, now: Date): Promise<DeliveryReport | undefined> {
  if (!plan) return undefined;
  const step3 = stepOf(plan, 3);
  if (step3.status !== 'complete' || !step3.completedAt) return undefined;
  const pending = readStep3(step3.answers).platforms.filter((item) => item.status === 'to-reserve');
  if (pending.length === 0) return undefined;
  const here = DateTime.fromJSDate(now).setZone(tenant.timeZone);
  const first = DateTime.fromISO(step3.completedAt).setZone(tenant.timeZone).plus({ days: 1 }).set({ hour: TASK_HOUR, minute: 0, second: 0, millisecond: 0 });
  if (here < first) return undefined;
  const week = Math.floor(here.diff(first, 'days').days / 7);
  const people = tenant.owners.length > 0 ? tenant.owners : step3.completedBy ? [step3.completedBy.id] : [];
  return deliverAll(
    notifier,
    pending.flatMap((item) => {
      const account = describePlatformItem(item)[tenant.locale];
      return people.map((userId) => ({
        target: userTarget(tenant.tenantId, userId),
        message: [
          {
            kind: 'buttons' as const,
            text: ACTIVITY_TEXT.t(tenant.locale, 'reserveTask', { account }),
            // The account's own name when it has one: two pages on one platform stay apart.
            buttons: [{ label: ACTIVITY_TEXT.t(tenant.locale, 'accounts.button'), action: { kind: 'command' as const, text: ACTIVITY_TEXT.t(tenant.locale, 'accounts.command', { account: item.name ?? item.platform ?? '' }) } }],
          },
        ],
        key: `reserve:${tenant.tenantId}:${step3.completedAt}:${item._id}:${week}:${userId}`,
      }));
    }),
  );
}
