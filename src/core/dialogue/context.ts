import type { Locale } from '../i18n/locale.js';
import type { PlanView } from '../ports/stores.js';
import type { DialogueContext, StepNumber } from './types.js';
import type { StepAnswers } from './values.js';

export function dialogueContext(plan: PlanView, step: StepNumber, locale: Locale, timeZone: string, now: Date, extra: StepAnswers = {}): DialogueContext {
  return {
    answers: { ...plan.step(step).answers, ...extra },
    step: (n) => plan.step(n).answers,
    locale,
    timeZone,
    now,
  };
}
