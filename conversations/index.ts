// The method, in order. The engine, the documents and the jobs find steps here, so that reordering
// or adding a step happens in one place; code that reads one step's answers imports that step's
// typed reader (readStep4…) from its module.
import type { StepDefinition } from '../src/core/dialogue/types.js';
import { step01Listen } from './step-01-listen.js';
import { step02Audiences } from './step-02-audiences.js';
import { step03Platforms } from './step-03-platforms.js';
import { step04Content } from './step-04-content.js';
import { step05StaffPolicy } from './step-05-staff-policy.js';
import { step06Train } from './step-06-train.js';
import { step07Publish } from './step-07-publish.js';
import { step08Community } from './step-08-community.js';
import { step09Interact } from './step-09-interact.js';
import { step10Evaluate } from './step-10-evaluate.js';

export const STEPS: readonly StepDefinition[] = [
  step01Listen,
  step02Audiences,
  step03Platforms,
  step04Content,
  step05StaffPolicy,
  step06Train,
  step07Publish,
  step08Community,
  step09Interact,
  step10Evaluate,
];

export function stepByNumber(n: number): StepDefinition | undefined {
  return STEPS.find((step) => step.number === n);
}
