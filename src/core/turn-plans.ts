import type { PlanStore, PlanView } from './ports/stores.js';
import type { TenantId } from './tenant-id.js';

/**
 * The plan store as one turn sees it: the plan is read once per turn, however many handlers,
 * checks and renderings ask for it, and read again after any write of this turn. Another
 * process's write during the turn is seen by the next turn, as it would be a moment later anyway;
 * the writes themselves still check the stored plan (single-document conditions), so nothing is
 * lost by reading once.
 */
export function turnPlans(plans: PlanStore): PlanStore {
  const read = new Map<TenantId, Promise<PlanView>>();
  const writes = <A extends unknown[], R>(write: (tenantId: TenantId, ...rest: A) => Promise<R>) =>
    async (tenantId: TenantId, ...rest: A): Promise<R> => {
      read.delete(tenantId);
      try {
        return await write(tenantId, ...rest);
      } finally {
        read.delete(tenantId);
      }
    };
  return {
    get(tenantId) {
      let plan = read.get(tenantId);
      if (!plan) {
        plan = plans.get(tenantId);
        read.set(tenantId, plan);
        // A failed read is not kept: the next ask tries again.
        plan.catch(() => read.delete(tenantId));
      }
      return plan;
    },
    start: writes(plans.start.bind(plans)),
    setAnswer: writes(plans.setAnswer.bind(plans)),
    setItemAnswer: writes(plans.setItemAnswer.bind(plans)),
    unsetAnswer: writes(plans.unsetAnswer.bind(plans)),
    addItems: writes(plans.addItems.bind(plans)),
    complete: writes(plans.complete.bind(plans)),
    reopen: writes(plans.reopen.bind(plans)),
    history: (tenantId, step, limit) => plans.history(tenantId, step, limit),
  };
}
