import { STEPS } from '../../conversations/index.js';
import type { StepNumber } from '../core/dialogue/types.js';
import type { Bilingual } from '../core/i18n/locale.js';
import { stepOf, type Plan } from '../plan/plan.js';

export interface Progress {
  done: number;
  total: number;
  next?: { number: StepNumber; title: Bilingual };
}

/** Steps complete (or skipped, for the optional one) and the first step still to do. */
export function progressOf(plan: Plan | null): Progress {
  const total = STEPS.length;
  let done = 0;
  let next: Progress['next'];
  for (const step of STEPS) {
    const status = plan ? stepOf(plan, step.number).status : 'not-started';
    if (status === 'complete' || status === 'skipped') done++;
    else next ??= { number: step.number, title: step.title };
  }
  return { done, total, next };
}
