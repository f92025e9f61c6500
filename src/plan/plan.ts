import { z } from 'zod';
import { answerValueSchema } from '../core/dialogue/values.js';
import { STEP_NUMBERS, type StepNumber } from '../core/dialogue/types.js';
import { tenantIdField } from '../core/tenant-id.js';

export const stepStatusSchema = z.enum(['not-started', 'in-progress', 'complete', 'skipped']);
export type StepStatus = z.infer<typeof stepStatusSchema>;

const actorSchema = z.object({ id: z.string(), name: z.string().optional() });

export const stepStateSchema = z.object({
  status: stepStatusSchema,
  answers: z.record(z.string(), answerValueSchema),
  startedBy: actorSchema.optional(),
  startedAt: z.string().optional(),
  completedBy: actorSchema.optional(),
  completedAt: z.string().optional(),
  /** The step's first completion: completing it again after a reopening moves completedAt, not this. */
  firstCompletedAt: z.string().optional(),
  updatedBy: actorSchema.optional(),
  updatedAt: z.string().optional(),
});
export type StepState = z.infer<typeof stepStateSchema>;

/** One answer change: who, when, before, after (the answer history, append-only). */
export const historyEntrySchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  step: z.number().int().min(1).max(10),
  key: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  by: actorSchema,
  at: z.string(),
});
export type HistoryDoc = z.infer<typeof historyEntrySchema>;

/** One plan per tenant; steps are keyed "1".."10" so each answer is one `$set` on its own path. */
export const planSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  version: z.number().int().min(0),
  steps: z.record(z.string(), stepStateSchema),
  /**
   * Each person's cursors (see cursors.ts), validated one by one when read: one person's damaged
   * cursor must not make the team's plan unreadable.
   */
  cursors: z.record(z.string(), z.unknown()).optional(),
  /**
   * The newest answer changes, written by the same update as the answer; moved to the
   * answer_history collection in batches (see plan-turn.ts) so the plan stays small.
   */
  journal: z.array(historyEntrySchema).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof planSchema>;

export function emptyStep(): StepState {
  return { status: 'not-started', answers: {} };
}

export function stepOf(plan: Plan, step: StepNumber): StepState {
  return plan.steps[String(step)] ?? emptyStep();
}

export function isLive(plan: Plan): boolean {
  return stepOf(plan, 7).status === 'complete';
}

export { STEP_NUMBERS };
