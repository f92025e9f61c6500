import type { Locale } from '../core/i18n/locale.js';
import type { TenantId } from '../core/tenant-id.js';
import type { PlanView } from '../core/ports/stores.js';
import type { Reply } from '../core/replies.js';
import { POLICY_TEXT } from './messages.js';
import { policyStatus, type PolicyStateRepository } from './policy-state.js';
import { dayInWords, statusSentence, todayIn } from './status-text.js';

/**
 * What completing step 5 says: the policy is a draft until discussed with staff, and made
 * official after that; acknowledgements are asked for only then.
 */
export async function policyOnStepComplete(states: Pick<PolicyStateRepository, 'get'>, tenantId: TenantId, plan: PlanView, locale: Locale, timeZone: string, now: Date): Promise<Reply[]> {
  const step5 = plan.step(5);
  const status = policyStatus(await states.get(tenantId), step5.answers, step5.completedAt);
  const today = todayIn(timeZone, now);
  if (status.state !== 'draft') return [{ kind: 'text', text: statusSentence(status, locale, today) }];
  if (!status.plannedOn) return [{ kind: 'text', text: POLICY_TEXT.t(locale, 'completedNoDate') }];
  const date = dayInWords(status.plannedOn, locale);
  return [{ kind: 'text', text: POLICY_TEXT.t(locale, status.plannedOn < today ? 'completedDraftPast' : 'completedDraft', { date }) }];
}
