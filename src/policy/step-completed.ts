import type { Locale } from '../core/i18n/locale.js';
import type { TenantId } from '../core/tenant-id.js';
import type { PlanView } from '../core/ports/stores.js';
import type { Reply } from '../core/replies.js';
import { POLICY_TEXT } from './messages.js';
import { nextVersion, policyStatus, step5Fingerprint, type PolicyStateRepository } from './policy-state.js';
import { dayInWords, statusSentence, todayIn } from './status-text.js';

/**
 * What completing step 5 says: the policy is a draft until discussed with staff, and made
 * official after that; acknowledgements are asked for only then.
 */
export async function policyOnStepComplete(states: Pick<PolicyStateRepository, 'get' | 'change'>, tenantId: TenantId, plan: PlanView, locale: Locale, timeZone: string, now: Date): Promise<Reply[]> {
  const step5 = plan.step(5);
  let state = await states.get(tenantId);
  const said: Reply[] = [];
  const today = todayIn(timeZone, now);
  // Step 5 completed again with other answers: what staff would read is no longer what was made
  // official. The version stays, so the next official one is the one after it, and the
  // acknowledgements given (recorded by version) stay with the version they were given for.
  if (state?.officialOn && state.version && state.officialAnswers && state.officialAnswers !== step5Fingerprint(step5.answers)) {
    const version = state.version;
    state = await states.change(tenantId, { previousOfficialOn: state.officialOn.slice(0, 10) }, ['officialOn', 'discussedOn', 'confirmedBy', 'plannedOn', 'madeOfficialBy', 'officialAnswers']);
    said.push({ kind: 'text', text: POLICY_TEXT.t(locale, 'backToDraft', { version, next: nextVersion(version) }) });
  }
  const status = policyStatus(state, step5.answers, step5.completedAt);
  if (status.state !== 'draft') return [...said, { kind: 'text', text: statusSentence(status, locale, today) }];
  // Back to draft already says what comes next; a new planned date is worth its own line.
  if (!status.plannedOn) return said.length > 0 ? said : [{ kind: 'text', text: POLICY_TEXT.t(locale, 'completedNoDate') }];
  const date = dayInWords(status.plannedOn, locale);
  return [...said, { kind: 'text', text: POLICY_TEXT.t(locale, status.plannedOn < today ? 'completedDraftPast' : 'completedDraft', { date }) }];
}
