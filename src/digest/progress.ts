import { STEPS } from '../../conversations/index.js';
import type { StepNumber } from '../core/dialogue/types.js';
import type { Bilingual } from '../core/i18n/locale.js';
import { isDone, nextStep, type StatusOf } from '../plan/next-step.js';
import { stepOf, type Plan } from '../plan/plan.js';

export interface Progress {
  done: number;
  total: number;
  next?: { number: StepNumber; title: Bilingual };
}

/** Steps complete (or skipped, for the optional one) and the step the method proposes next. */
export function progressOf(plan: Plan | null): Progress {
  const status: StatusOf = (n) => (plan ? stepOf(plan, n).status : 'not-started');
  const done = STEPS.filter((step) => isDone(status(step.number))).length;
  const next = nextStep(STEPS, status);
  return { done, total: STEPS.length, ...(next ? { next: { number: next.number, title: next.title } } : {}) };
}
