import type { AckStore } from '../core/ports/stores.js';
import type { PolicyAckRepository } from './ack-repository.js';
import { policyStatus, type PolicyStateRepository } from './policy-state.js';

/** The engine's view of the staff policy: its acknowledgements and its state. */
export function staffPolicyStore(acks: PolicyAckRepository, states: PolicyStateRepository): AckStore {
  return {
    acknowledge: (tenantId, userId, version, name) => acks.acknowledge(tenantId, userId, version, name),
    async policyStatus(tenantId, step5) {
      return policyStatus(await states.get(tenantId), step5.answers, step5.completedAt);
    },
  };
}
