import { stepOf, type Plan } from '../plan/plan.js';
import type { TenantId } from '../core/tenant-id.js';
import type { PolicyAckRepository } from './ack-repository.js';
import { policyAudience, type AudienceSources } from './audience.js';
import { policyStatus, type PolicyStateRepository } from './policy-state.js';

export interface PolicyFiguresSources extends AudienceSources {
  policyAcks: PolicyAckRepository;
  policyStates: PolicyStateRepository;
}

export interface PolicyFigures {
  /** Absent while the policy is not official: nobody is asked to acknowledge it yet. */
  version?: string;
  acknowledged: number;
  staff: number;
  /** Who has not acknowledged the official version yet, by chat account. */
  missing: string[];
}

/** How many of the people the policy concerns acknowledged its official version. */
export async function policyFigures(sources: PolicyFiguresSources, tenantId: TenantId, plan: Plan | null): Promise<PolicyFigures> {
  if (!plan) return { acknowledged: 0, staff: 0, missing: [] };
  const step5 = stepOf(plan, 5);
  const status = policyStatus(await sources.policyStates.get(tenantId), step5.answers, step5.completedAt);
  const audience = await policyAudience(sources, tenantId, step5.answers, stepOf(plan, 6).answers);
  if (status.state !== 'official') return { acknowledged: 0, staff: audience.size, missing: [] };
  const acked = new Set((await sources.policyAcks.findMany(tenantId, { policyVersion: status.version })).map((ack) => ack.userId));
  const acknowledged = audience.size > 0 ? [...audience.keys()].filter((id) => acked.has(id)).length : acked.size;
  return {
    version: status.version,
    acknowledged,
    staff: Math.max(audience.size, acknowledged),
    // A typed name nobody wrote under yet cannot be messaged: it is counted, not reminded.
    missing: [...audience.keys()].filter((id) => !acked.has(id) && !id.startsWith('name:')),
  };
}
