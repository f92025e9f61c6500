import { createHash } from 'node:crypto';
import type { Db, IndexDescription } from 'mongodb';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';
import { z } from 'zod';
import { readStep5 } from '../../conversations/step-05-staff-policy.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import type { StaffPolicyStatus } from '../core/ports/stores.js';
import { TenantRepository } from '../store/repository.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What happened to the staff policy after step 5 planned its discussion: the discussion moved to
 * a new date, confirmed (date, by whom), the policy made official (date, version). One per tenant.
 */
export const policyStateSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  /** A new discussion date given after "not yet"; step 5's own date otherwise. */
  plannedOn: isoDate.optional(),
  discussedOn: isoDate.optional(),
  confirmedBy: z.string().optional(),
  officialOn: isoDate.optional(),
  /** 1, 2, 3…: each time the policy is made official again, staff acknowledge the new version. */
  version: z.string().optional(),
  madeOfficialBy: z.string().optional(),
  /** Step 5's answers as they were made official (a fingerprint): changed, the policy is a draft again. */
  officialAnswers: z.string().max(64).optional(),
  /**
   * Back to draft after a change of step 5: the day the previous version had become official. A
   * discussion before it was that version's, not the new wording's.
   */
  previousOfficialOn: isoDate.optional(),
  updatedAt: z.string(),
});
export type PolicyState = z.infer<typeof policyStateSchema>;

export class PolicyStateRepository extends TenantRepository<PolicyState> {
  constructor(db: Db) {
    super(db, 'staff_policy_states', policyStateSchema);
  }

  indexes(): IndexDescription[] {
    return [];
  }

  async get(tenantId: TenantId): Promise<PolicyState | null> {
    return this.findOne(tenantId, { _id: tenantId });
  }

  async change(tenantId: TenantId, set: Partial<Omit<PolicyState, '_id' | 'tenantId' | 'updatedAt'>>, unset: Array<keyof PolicyState> = []): Promise<PolicyState> {
    const doc = await this.update(
      tenantId,
      { _id: tenantId },
      { $set: { ...set, updatedAt: new Date().toISOString() }, ...(unset.length > 0 ? { $unset: Object.fromEntries(unset.map((k) => [k, true])) } : {}) },
      { upsert: true },
    );
    return doc!;
  }
}

/**
 * The policy's state from what was recorded and step 5's answers. A plan saved before these states
 * existed, whose step 5 answered "in effect since", reads as official with its old version (step 5's
 * completion time), so the acknowledgements already given still count.
 */
export function policyStatus(state: PolicyState | null, step5Answers: StepAnswers, completedAt: string | undefined): StaffPolicyStatus {
  const step5 = readStep5(step5Answers);
  if (state?.officialOn && state.version) {
    return { state: 'official', officialOn: state.officialOn, version: state.version, ...(state.discussedOn ? { discussedOn: state.discussedOn } : {}) };
  }
  if (state?.discussedOn) return { state: 'discussed', discussedOn: state.discussedOn };
  const legacyOfficial = step5Answers.officialOn;
  if (!state && typeof legacyOfficial === 'string' && completedAt) {
    return { state: 'official', officialOn: legacyOfficial, version: completedAt, ...(step5.discussedOn ? { discussedOn: step5.discussedOn } : {}) };
  }
  const plannedOn = state?.plannedOn ?? step5.discussedOn;
  // Step 5's date, kept through the change, may be the previous version's discussion.
  const current = plannedOn && !(state?.previousOfficialOn && plannedOn < state.previousOfficialOn) ? plannedOn : undefined;
  return { state: 'draft', ...(current ? { plannedOn: current } : {}) };
}

/** Step 5's answers in a stable form (keys sorted at every level), hashed. */
export function step5Fingerprint(answers: StepAnswers): string {
  const stable = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, stable((value as Record<string, unknown>)[k])]))
      : Array.isArray(value) ? value.map(stable) : value;
  return createHash('sha256').update(JSON.stringify(stable(answers))).digest('hex').slice(0, 32);
}

/** The version after `current`: 1, then 2… (a legacy version, an instant, is followed by 1). */
export function nextVersion(current: string | undefined): string {
  const n = current && /^\d+$/.test(current) ? Number(current) : 0;
  return String(n + 1);
}
