// The method's order, written once. Status, the step completion message, the Slack App Home, the
// weekly digest and the stalled-plan nudge all propose the step this module picks, so they agree.
import type { StepDefinition, StepNumber } from '../core/dialogue/types.js';
import type { StepStatus } from '../core/ports/stores.js';

/** What the rule reads of a step definition. */
export type StepRule = Pick<StepDefinition, 'number' | 'optional' | 'requires'>;

/** A plan as the rule sees it: each step's status. */
export type StatusOf = (step: StepNumber) => StepStatus;

/** The steps this one waits for that are not complete yet (step 7 waits for 1 to 6). */
export function lockedBy(step: StepRule, status: StatusOf): StepNumber[] {
  return (step.requires ?? []).filter((n) => status(n) !== 'complete');
}

/**
 * The step worth doing now: the first, in the method's order, that is in progress, or not started
 * and held back by no other step. The method is sequential, so an earlier step left aside comes
 * before a later one already begun (audiences before content). An optional step (8) not started
 * comes last, once every other step is done: the team then takes it up or declines it (which
 * skips it), and "every step is complete" is never said while it is open.
 */
export function nextStep<S extends StepRule>(steps: readonly S[], status: StatusOf): S | undefined {
  const open = (s: S) => status(s.number) === 'not-started' && lockedBy(s, status).length === 0;
  return steps.find((s) => status(s.number) === 'in-progress' || (!s.optional && open(s))) ?? steps.find(open);
}

/** The preparation: steps another step waits for (1 to 6, before going live in step 7). */
export function preparationSteps(steps: readonly StepRule[]): StepNumber[] {
  const required = new Set(steps.flatMap((s) => s.requires ?? []));
  return steps.map((s) => s.number).filter((n) => required.has(n));
}

/** The steps the method leaves to the team's choice (8). */
export function optionalSteps(steps: readonly StepRule[]): StepNumber[] {
  return steps.filter((s) => s.optional === true).map((s) => s.number);
}

/** Nothing left to do in the step: complete, or skipped (how an optional step is declined). */
export function isDone(status: StepStatus): boolean {
  return status === 'complete' || status === 'skipped';
}

/** The rule as the engine receives it (the core imports nothing from src/plan). */
export const METHOD_RULE = { nextStep, lockedBy } as const;
