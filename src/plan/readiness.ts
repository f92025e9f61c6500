import type { TenantId } from '../core/tenant-id.js';
import type { Locale } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import type { StepProgress } from '../core/ports/documents.js';
import { PLAN_TEXT } from './messages.js';
import { stepOf, type Plan } from './plan.js';
import type { PlanRepository } from './plan-repository.js';

/** Listening and planning: the steps the method wants done before publishing and answering. */
const PLANNING_STEPS = [1, 2, 3, 4, 5, 6] as const;

/** The planning steps not complete yet (a skipped step was decided: it counts as done). */
export function missingPlanningSteps(plan: Plan | null): number[] {
  return PLANNING_STEPS.filter((step) => {
    const status = plan ? stepOf(plan, step).status : 'not-started';
    return status !== 'complete' && status !== 'skipped';
  });
}

/**
 * When listening and planning were first all done: the latest of the first completions of steps
 * 1–6 (a skipped step was decided: it counts). A step reopened and completed again since keeps its
 * first completion — adjusting the plan later (step 10) does not make what was done after it early.
 * Undefined while one was never done.
 */
export function planningDoneAt(progress: StepProgress): string | undefined {
  let latest: string | undefined;
  for (const step of PLANNING_STEPS) {
    const { firstCompletedAt, completedAt: lastCompletedAt } = progress(step);
    // A plan completed before first completions were kept: its last completion is all there is.
    const completedAt = firstCompletedAt ?? lastCompletedAt;
    if (!completedAt) return undefined;
    if (!latest || completedAt > latest) latest = completedAt;
  }
  return latest;
}

function listSteps(steps: number[], locale: Locale): string {
  if (steps.length <= 1) return steps.join('');
  return `${steps.slice(0, -1).join(', ')}${PLAN_TEXT.t(locale, 'and')}${steps.at(-1)}`;
}

/** What a command that starts acting (calendar, comments) adds when the plan is not ready; nothing when it is. */
export type ReadinessNote = (tenantId: TenantId, locale: Locale) => Promise<Reply[]>;

export function readinessNote(plans: Pick<PlanRepository, 'findOne'>): ReadinessNote {
  return async (tenantId, locale) => {
    const missing = missingPlanningSteps(await plans.findOne(tenantId, { _id: tenantId }));
    if (missing.length === 0) return [];
    const key = missing.length === 1 ? 'ready.missing.one' : 'ready.missing.other';
    return [{ kind: 'text', text: `ℹ️ ${PLAN_TEXT.t(locale, key, { steps: listSteps(missing, locale) })}` }];
  };
}
