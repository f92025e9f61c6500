import type { StepNumber } from '../core/dialogue/types.js';
import type { ScalarValue } from '../core/dialogue/values.js';
import {
  PlanChanged,
  type Actor,
  type AnswerPath,
  type FormSession,
  type FormSessionStore,
  type HistoryEntry,
  type PlanStore,
  type Session,
  type SessionStore,
  type TurnStores,
} from '../core/ports/stores.js';
import type { TenantId } from '../core/tenant-id.js';
import { applyUpdate } from './apply-update.js';
import { cursorIn, cursorPath, storedCursor, type CursorKind, type CursorOf } from './cursors.js';
import type { HistoryDoc, Plan } from './plan.js';
import { stepOf } from './plan.js';
import { answerChange, mergeHistory, valueAt, view, type PlanRepository } from './plan-repository.js';

/**
 * A journal longer than this is moved to the history collection (two round trips, once every so
 * many answers). Short, because the embedded server's cost of reading and updating a document
 * grows with its number of fields (measured: 0.6 KB 6 ms, 14 KB 39 ms, 58 KB 106 ms per
 * findOneAndUpdate), and every turn reads and writes the plan.
 */
const JOURNAL_MAX = 20;

/** Writes waiting to go with the next one: paths set and unset, history entries, and the conditions of the answers among them. */
interface Waiting {
  tenantId: TenantId;
  set: Record<string, unknown>;
  unset: Record<string, ''>;
  journal: HistoryDoc[];
  /** Each answer's step must still be in progress when the write is made. */
  inProgress: StepNumber[];
}

type Change = { set?: Record<string, unknown>; unset?: Record<string, ''>; journal?: HistoryDoc[]; inProgress?: StepNumber };

/** Two paths that one update may not both touch: the same path set and unset, or one inside the other. */
function collides(waiting: Waiting, change: Change): boolean {
  const before = [...Object.keys(waiting.set).map((p) => ({ p, set: true })), ...Object.keys(waiting.unset).map((p) => ({ p, set: false }))];
  const after = [...Object.keys(change.set ?? {}).map((p) => ({ p, set: true })), ...Object.keys(change.unset ?? {}).map((p) => ({ p, set: false }))];
  return after.some((a) => before.some((b) => (a.p === b.p ? !(a.set && b.set) : a.p.startsWith(`${b.p}.`) || b.p.startsWith(`${a.p}.`))));
}

const definedActor = (actor: Actor): Actor => (actor.name === undefined ? { id: actor.id } : { id: actor.id, name: actor.name });

/**
 * One turn's plan and cursors (issue 13: two round trips for a plain answer). The plan document,
 * with every person's cursors in it, is read once, whoever asks. An answer does not go at once: it
 * waits for the session's move that follows it, and both go in one update with the answer's
 * history entry (the plan's journal), the step's "still in progress" as its condition. Other
 * writes go at once, after what waits. The view follows the turn's own writes: a staged write is
 * applied to it, and a made one is the before-image of the atomic update with the update applied.
 *
 * A teammate's write between this turn's read and its write is not lost: each write touches its
 * own paths. What this turn shows is checked by the dialogue's `seen` fingerprint on the next
 * turn, as before; an answer whose step was completed meanwhile is refused (`PlanChanged`).
 */
export class PlanTurn implements TurnStores {
  private readonly docs = new Map<TenantId, Promise<Plan | null>>();
  private waiting: Waiting | undefined;
  private readonly repo: PlanRepository;
  private counter = 0;

  readonly plans: PlanStore;
  readonly sessions: SessionStore;
  readonly formSessions: FormSessionStore;

  constructor(repo: PlanRepository) {
    this.repo = repo.observed((after) => this.docs.set(after.tenantId, Promise.resolve(after)));
    // Writes that go at once go after what waits.
    const now = async <R>(write: () => Promise<R>): Promise<R> => {
      await this.flush();
      return write();
    };
    const r = this.repo;
    this.plans = {
      get: async (tenantId) => view((await this.doc(tenantId, true))!),
      start: (t, step, actor) =>
        now(async () => {
          await this.doc(t, true);
          return r.startExisting(t, step, actor);
        }),
      setAnswer: (t, step, path, value, actor) => this.setAnswer(t, step, path, value, actor),
      setItemAnswer: (t, step, path, value, actor) => now(() => r.setItemAnswer(t, step, path, value, actor)),
      unsetAnswer: (t, step, path, actor) => now(() => r.unsetAnswer(t, step, path, actor)),
      addItems: (t, step, group, items, actor) => now(() => r.addItems(t, step, group, items, actor)),
      complete: (t, step, actor, status) => now(() => r.complete(t, step, actor, status)),
      reopen: (t, step, actor) => now(() => r.reopen(t, step, actor)),
      history: (t, step, limit) => this.history(t, step, limit),
    };
    this.sessions = this.cursors('dialogue') as SessionStore;
    this.formSessions = this.cursors('form') as FormSessionStore;
  }

  /** The plan as this turn sees it; `create` makes it on first use (a turn that only looks at cursors does not). */
  private async doc(tenantId: TenantId, create: boolean): Promise<Plan | null> {
    const known = this.docs.get(tenantId);
    if (known) {
      const plan = await known;
      if (plan || !create) return plan;
    }
    const loading = this.repo.load(tenantId, create);
    this.docs.set(tenantId, loading);
    // A failed read is not kept: the next ask tries again.
    loading.catch(() => this.docs.delete(tenantId));
    return loading;
  }

  private async setAnswer(tenantId: TenantId, step: StepNumber, path: AnswerPath, value: ScalarValue, actor: Actor): Promise<boolean> {
    const plan = await this.doc(tenantId, true);
    if (stepOf(plan!, step).status !== 'in-progress') return false;
    const at = new Date().toISOString();
    const { field, key, set } = answerChange(step, path, value, actor, at);
    const entry: HistoryDoc = { _id: `${at}-${process.pid}-t${++this.counter}-${Math.random().toString(36).slice(2, 8)}`, tenantId, step, key, before: valueAt(plan, field) ?? null, after: value ?? null, by: definedActor(actor), at };
    await this.stage(tenantId, { set, journal: [entry], inProgress: step });
    return true;
  }

  private async history(tenantId: TenantId, step: StepNumber, limit: number): Promise<HistoryEntry[]> {
    const journal = (await this.doc(tenantId, false))?.journal ?? [];
    const recent = journal.filter((e) => e.step === step).length;
    // The journal alone answers when it holds enough of this step's changes.
    return mergeHistory(journal, recent >= limit ? [] : await this.repo.archived(tenantId, step, limit), step, limit);
  }

  private cursors<K extends CursorKind>(kind: K) {
    return {
      get: async (tenantId: TenantId, userId: string, conversationId: string): Promise<CursorOf[K] | null> => cursorIn(await this.doc(tenantId, false), kind, userId, conversationId),
      save: async (cursor: CursorOf[K]): Promise<void> => {
        await this.stage(cursor.tenantId, { set: { [cursorPath(kind, cursor.userId, cursor.conversationId)]: storedCursor(kind, cursor) } });
        await this.flush();
      },
      clear: async (tenantId: TenantId, userId: string, conversationId: string): Promise<void> => {
        // Nothing to clear costs nothing.
        if (!cursorIn(await this.doc(tenantId, false), kind, userId, conversationId)) return;
        await this.stage(tenantId, { unset: { [cursorPath(kind, userId, conversationId)]: '' } });
        await this.flush();
      },
    };
  }

  /** Adds a write to those waiting, applied to the turn's view at once. */
  private async stage(tenantId: TenantId, change: Change): Promise<void> {
    if (this.waiting && (this.waiting.tenantId !== tenantId || collides(this.waiting, change))) await this.flush();
    const base = (await this.doc(tenantId, false)) ?? emptyPlan(tenantId, new Date().toISOString());
    const w = (this.waiting ??= { tenantId, set: {}, unset: {}, journal: [], inProgress: [] });
    for (const path of Object.keys(change.set ?? {})) delete w.unset[path];
    Object.assign(w.set, change.set);
    Object.assign(w.unset, change.unset);
    w.journal.push(...(change.journal ?? []));
    if (change.inProgress !== undefined && !w.inProgress.includes(change.inProgress)) w.inProgress.push(change.inProgress);
    this.docs.set(tenantId, Promise.resolve(applyUpdate(base, { $set: change.set ?? {}, $unset: change.unset ?? {}, $push: change.journal?.length ? { journal: { $each: change.journal } } : {} }) as Plan));
  }

  /** Writes what waits, in one update. */
  async flush(): Promise<void> {
    const w = this.waiting;
    if (!w) return;
    this.waiting = undefined;
    const now = new Date().toISOString();
    // An answer changes the plan (its version and date); a cursor's move alone does not.
    const answers = w.inProgress.length > 0;
    const update: Record<string, object> = {};
    const set = answers ? { ...w.set, updatedAt: now } : w.set;
    if (Object.keys(set).length) update.$set = set;
    if (Object.keys(w.unset).length) update.$unset = w.unset;
    if (w.journal.length) update.$push = { journal: { $each: w.journal } };
    if (answers) update.$inc = { version: 1 };
    const filter: Record<string, unknown> = { _id: w.tenantId, tenantId: w.tenantId };
    for (const step of w.inProgress) filter[`steps.${step}.status`] = 'in-progress';
    // A cursor for a team with no plan yet (a form before any step) makes the plan.
    const fresh = emptyPlan(w.tenantId, now);
    if (!answers) update.$setOnInsert = { version: fresh.version, steps: fresh.steps, createdAt: now, updatedAt: now };
    let before: Plan | null;
    try {
      before = (await this.repo.raw.findOneAndUpdate(filter as never, update, { returnDocument: 'before', upsert: !answers })) as Plan | null;
    } catch (error) {
      this.docs.delete(w.tenantId);
      throw error;
    }
    if (!before && answers) {
      this.docs.delete(w.tenantId);
      throw new PlanChanged(w.inProgress[0]!);
    }
    const { $setOnInsert, ...applied } = update;
    void $setOnInsert;
    const after = applyUpdate(before ?? fresh, applied) as Plan;
    this.docs.set(w.tenantId, Promise.resolve(after));
    await this.keepJournalShort(after);
  }

  private async keepJournalShort(plan: Plan): Promise<void> {
    const journal = plan.journal ?? [];
    if (journal.length <= JOURNAL_MAX) return;
    await this.repo.archiveJournal(plan.tenantId, plan.version, journal, []);
    this.docs.set(plan.tenantId, Promise.resolve({ ...plan, journal: [] }));
  }
}

function emptyPlan(tenantId: TenantId, now: string): Plan {
  return { _id: tenantId, tenantId, version: 0, steps: {}, createdAt: now, updatedAt: now };
}

export type { FormSession, Session };
