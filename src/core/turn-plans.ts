import type { PlanStore, PlanView } from './ports/stores.js';
import type { TenantId } from './tenant-id.js';

/**
 * The plan store as one turn sees it: the plan is read at most once per turn, however many
 * handlers, checks and renderings ask for it. After a write of this turn the plan is the one the
 * write left (when the store can tell it, `withWrites`), else read again. Another process's write
 * during the turn is seen by the next turn, as it would be a moment later anyway; the writes
 * themselves still check the stored plan (single-document conditions), so nothing is lost by
 * reading once.
 */
export function turnPlans(plans: PlanStore): PlanStore {
  const read = new Map<TenantId, Promise<PlanView>>();
  const store = plans.withWrites?.((plan) => read.set(plan.tenantId, Promise.resolve(plan))) ?? plans;
  const writes =
    <A extends unknown[], R>(write: (tenantId: TenantId, ...rest: A) => Promise<R>) =>
    async (tenantId: TenantId, ...rest: A): Promise<R> => {
      read.delete(tenantId);
      return write(tenantId, ...rest);
    };
  return {
    get(tenantId) {
      let plan = read.get(tenantId);
      if (!plan) {
        plan = store.get(tenantId);
        read.set(tenantId, plan);
        // A failed read is not kept: the next ask tries again.
        plan.catch(() => read.delete(tenantId));
      }
      return plan;
    },
    start: writes(store.start.bind(store)),
    setAnswer: writes(store.setAnswer.bind(store)),
    setItemAnswer: writes(store.setItemAnswer.bind(store)),
    unsetAnswer: writes(store.unsetAnswer.bind(store)),
    addItems: writes(store.addItems.bind(store)),
    complete: writes(store.complete.bind(store)),
    reopen: writes(store.reopen.bind(store)),
    history: (tenantId, step, limit) => store.history(tenantId, step, limit),
  };
}
