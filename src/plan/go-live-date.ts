import { readStep1 } from '../../conversations/step-01-listen.js';
import { readStep7 } from '../../conversations/step-07-publish.js';
import type { StepNumber } from '../core/dialogue/types.js';
import type { StepAnswers } from '../core/dialogue/values.js';

/** The go-live date ('YYYY-MM-DD'): step 7 confirms the one step 1 planned, and the confirmed one wins. */
export function planGoLive(read: (step: StepNumber) => StepAnswers): string | undefined {
  return readStep7(read(7)).goLive ?? readStep1(read(1)).goLive;
}
