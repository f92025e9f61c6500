import type { Collection, Db, Filter, IndexDescription, UpdateFilter } from 'mongodb';
import type { StepNumber } from '../core/dialogue/types.js';
import type { ScalarValue } from '../core/dialogue/values.js';
import type { Actor, AnswerPath, HistoryEntry, PlanStore, PlanView, TurnStores } from '../core/ports/stores.js';
import { TenantRepository } from '../store/repository.js';
import { isDuplicateKey } from '../store/duplicate-key.js';
import { emptyStep, historyEntrySchema, planSchema, stepOf, type HistoryDoc, type Plan } from './plan.js';
import { PlanTurn } from './plan-turn.js';
import { applyUpdate } from './apply-update.js';
import type { TenantId } from '../core/tenant-id.js';

/** Answer changes moved out of the plans' journals (see plan-turn.ts), and those written apart. */
class AnswerHistory extends TenantRepository<HistoryDoc> {
  constructor(db: Db) {
    super(db, 'answer_history', historyEntrySchema);
  }
  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, step: 1, at: -1 }, name: 'tenant_step_at' }];
  }
  /** Moves entries in; those already there (a retry, another instance's move) are skipped. */
  async keep(entries: HistoryDoc[]): Promise<void> {
    if (entries.length === 0) return;
    try {
      await this.collection.insertMany(entries.map((e) => this.parse(e)), { ordered: false });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
}

/** One answer's change: the paths it sets, and its field (where the history's `before` is). */
export function answerChange(step: StepNumber, path: AnswerPath, value: ScalarValue, actor: Actor, now: string): { field: string; key: string; set: Record<string, unknown> } {
  const s = `steps.${step}`;
  const field = 'group' in path ? `${s}.answers.${path.group}.items.${path.itemId}.answers.${path.key}` : `${s}.answers.${path.key}`;
  const set: Record<string, unknown> = { [field]: value, [`${s}.updatedBy`]: actor, [`${s}.updatedAt`]: now };
  if ('group' in path && path.newItem) set[`${s}.answers.${path.group}.items.${path.itemId}._at`] = now;
  return { field, key: 'group' in path ? `${path.group}[${path.itemId}].${path.key}` : path.key, set };
}

/** History entries newest first: the plan's journal and the collection's, each once. */
export function mergeHistory(journal: HistoryDoc[], archived: HistoryDoc[], step: StepNumber, limit: number): HistoryEntry[] {
  const byId = new Map<string, HistoryDoc>();
  for (const entry of [...archived, ...journal]) if (entry.step === step) byId.set(entry._id, entry);
  return [...byId.values()]
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a._id < b._id ? 1 : -1))
    .slice(0, limit)
    .map(({ step: n, key, before, after, by, at }) => ({ step: n, key, before, after, by, at }));
}

export function view(plan: Plan): PlanView {
  return {
    tenantId: plan.tenantId,
    version: plan.version,
    updatedAt: plan.updatedAt,
    step: (n) => plan.steps[String(n)] ?? emptyStep(),
  };
}

export function valueAt(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);
}

/**
 * The plans collection (one document per tenant). Every change is a single-document update of
 * the paths it concerns, guarded by the step's status, with `version` incremented; the value it
 * replaced comes back from the same atomic update and goes to the answer history.
 */
export class PlanRepository extends TenantRepository<Plan> implements PlanStore {
  readonly historyRepo: AnswerHistory;
  readonly raw: Collection<Plan>;
  private counter = 0;

  /**
   * Boussole's clock dates each completion: the jobs and checks that measure from it (account
   * reservations, readiness, the review series) read that same clock.
   */
  constructor(
    db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {
    super(db, 'plans', planSchema);
    this.historyRepo = new AnswerHistory(db);
    this.raw = db.collection<Plan>('plans');
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1 }, name: 'tenantId', unique: true }];
  }

  override async ensureIndexes(): Promise<void> {
    await super.ensureIndexes();
    await this.historyRepo.ensureIndexes();
  }

  async get(tenantId: TenantId): Promise<PlanView> {
    return view((await this.load(tenantId, true))!);
  }

  /** The stored plan, validated; created empty on first use when `create` (a read first: it exists on every turn but the very first). */
  async load(tenantId: TenantId, create: boolean): Promise<Plan | null> {
    const existing = await this.raw.findOne({ _id: tenantId, tenantId });
    if (existing) return this.parse(existing);
    if (!create) return null;
    const now = new Date().toISOString();
    const doc = await this.raw.findOneAndUpdate(
      { _id: tenantId, tenantId },
      { $setOnInsert: { version: 0, steps: {}, createdAt: now, updatedAt: now } },
      { upsert: true, returnDocument: 'after' },
    );
    return this.parse(doc);
  }

  /** The plan after an update applied atomically, the update's filter unmet: null. Returns the plan just before. */
  async apply(tenantId: TenantId, filter: Record<string, unknown>, update: UpdateFilter<Plan>): Promise<Plan | null> {
    const now = new Date().toISOString();
    const merged = { ...update, $set: { ...(update.$set ?? {}), updatedAt: now }, $inc: { version: 1 } } as UpdateFilter<Plan>;
    const before = await this.raw.findOneAndUpdate({ _id: tenantId, tenantId, ...filter }, merged, { returnDocument: 'before' });
    if (!before) return null;
    const parsed = this.parse(before);
    // The before-image of the atomic update with the update applied is exactly what was stored.
    this.written?.(this.parse(applyUpdate(before, merged as Parameters<typeof applyUpdate>[1])));
    return parsed;
  }

  /**
   * Gives a name to the person stored at `path` (see people/nameless-in-plan.ts) if they are still
   * there without one. Not an answer change: the plan's version and `updatedAt` stay, so a team's
   * inactivity is still measured from its own last change.
   */
  async namePerson(tenantId: TenantId, path: string, id: string, name: string): Promise<boolean> {
    const result = await this.raw.updateOne({ _id: tenantId, tenantId, [`${path}.id`]: id, [`${path}.name`]: { $exists: false } } as Filter<Plan>, { $set: { [`${path}.name`]: name } } as UpdateFilter<Plan>);
    return result.modifiedCount === 1;
  }

  /** Told of the plan after each write (a turn's view follows its own writes without reading them back). */
  private written: ((after: Plan) => void) | undefined;

  /** This store, telling `written` of each of its writes. */
  observed(written: (after: Plan) => void): PlanRepository {
    const scoped = Object.create(this) as PlanRepository;
    scoped.written = written;
    return scoped;
  }

  /** One turn's view of the plan and its cursors: read once, written once per answer (plan-turn.ts). */
  forTurn(): TurnStores {
    return new PlanTurn(this);
  }

  /** Moves journal entries to the history collection, keeping `kept`, when the plan's version is still `version` (else the next write tries again). */
  async archiveJournal(tenantId: TenantId, version: number, moved: HistoryDoc[], kept: HistoryDoc[]): Promise<void> {
    await this.historyRepo.keep(moved);
    await this.raw.updateOne({ _id: tenantId, tenantId, version }, { $set: { journal: kept } });
  }

  private async record(tenantId: TenantId, step: StepNumber, key: string, before: unknown, after: unknown, by: Actor): Promise<void> {
    const at = new Date().toISOString();
    await this.historyRepo.insert({ _id: `${at}-${process.pid}-${++this.counter}-${Math.random().toString(36).slice(2, 8)}`, tenantId, step, key, before: before ?? null, after: after ?? null, by, at });
  }

  async start(tenantId: TenantId, step: StepNumber, actor: Actor): Promise<boolean> {
    await this.load(tenantId, true);
    return this.startExisting(tenantId, step, actor);
  }

  /** `start`, the plan known to exist. */
  async startExisting(tenantId: TenantId, step: StepNumber, actor: Actor): Promise<boolean> {
    const s = `steps.${step}`;
    const now = new Date().toISOString();
    // First start: record who and when; later starts leave them alone.
    const first = await this.apply(tenantId, { [`${s}.status`]: { $exists: false } }, {
      $set: { [`${s}.status`]: 'in-progress', [`${s}.answers`]: {}, [`${s}.startedBy`]: actor, [`${s}.startedAt`]: now },
    } as UpdateFilter<Plan>);
    if (first) return true;
    const again = await this.apply(tenantId, { [`${s}.status`]: { $in: ['not-started', 'in-progress'] } }, { $set: { [`${s}.status`]: 'in-progress' } } as UpdateFilter<Plan>);
    return again !== null;
  }

  async setAnswer(tenantId: TenantId, step: StepNumber, path: AnswerPath, value: ScalarValue, actor: Actor): Promise<boolean> {
    const { field, key, set } = answerChange(step, path, value, actor, new Date().toISOString());
    const before = await this.apply(tenantId, { [`steps.${step}.status`]: 'in-progress' }, { $set: set } as UpdateFilter<Plan>);
    if (!before) return false;
    await this.record(tenantId, step, key, valueAt(before, field), value, actor);
    return true;
  }

  async setItemAnswer(tenantId: TenantId, step: StepNumber, path: { group: string; itemId: string; key: string }, value: ScalarValue, actor: Actor): Promise<boolean> {
    const s = `steps.${step}`;
    const item = `${s}.answers.${path.group}.items.${path.itemId}`;
    const field = `${item}.answers.${path.key}`;
    const before = await this.apply(tenantId, { [item]: { $exists: true } }, {
      $set: { [field]: value, [`${s}.updatedBy`]: actor, [`${s}.updatedAt`]: new Date().toISOString() },
    } as UpdateFilter<Plan>);
    if (!before) return false;
    await this.record(tenantId, step, `${path.group}[${path.itemId}].${path.key}`, valueAt(before, field), value, actor);
    return true;
  }

  async unsetAnswer(tenantId: TenantId, step: StepNumber, path: { key: string } | { group: string; itemId: string }, actor: Actor): Promise<void> {
    const s = `steps.${step}`;
    const field = 'group' in path ? `${s}.answers.${path.group}.items.${path.itemId}` : `${s}.answers.${path.key}`;
    const before = await this.apply(tenantId, { [`${s}.status`]: 'in-progress' }, { $unset: { [field]: '' } } as UpdateFilter<Plan>);
    if (before) await this.record(tenantId, step, 'group' in path ? `${path.group}[${path.itemId}]` : path.key, valueAt(before, field), null, actor);
  }

  async addItems(tenantId: TenantId, step: StepNumber, group: string, items: Array<Record<string, ScalarValue>>, actor: Actor): Promise<void> {
    const s = `steps.${step}`;
    const set: Record<string, unknown> = {};
    items.forEach((answers, i) => {
      const id = `s${Date.now().toString(36)}${i}`;
      set[`${s}.answers.${group}.items.${id}`] = { _at: new Date(Date.now() + i).toISOString(), answers };
    });
    const before = await this.apply(tenantId, { [`${s}.status`]: 'in-progress' }, { $set: set } as UpdateFilter<Plan>);
    if (before) await this.record(tenantId, step, group, null, items, actor);
  }

  async complete(tenantId: TenantId, step: StepNumber, actor: Actor, status: 'complete' | 'skipped' = 'complete'): Promise<boolean> {
    const s = `steps.${step}`;
    const now = this.clock().toISOString();
    const before = await this.apply(tenantId, { [`${s}.status`]: 'in-progress' }, {
      $set: { [`${s}.status`]: status, [`${s}.completedBy`]: actor, [`${s}.completedAt`]: now },
    } as UpdateFilter<Plan>);
    if (!before) return false;
    await this.record(tenantId, step, '@status', 'in-progress', status, actor);
    // The first completion is kept apart (once per step: one more write only then): what the team
    // did after its plan was first ready stays on time when a step is adjusted later (step 10).
    // A plan from before this field takes its previous completion, else this one.
    const previous = stepOf(before, step);
    if (!previous.firstCompletedAt) {
      await this.apply(tenantId, { [`${s}.firstCompletedAt`]: { $exists: false } }, { $set: { [`${s}.firstCompletedAt`]: previous.completedAt ?? now } } as UpdateFilter<Plan>);
    }
    return true;
  }

  async reopen(tenantId: TenantId, step: StepNumber, actor: Actor): Promise<boolean> {
    const s = `steps.${step}`;
    const before = await this.apply(tenantId, { [`${s}.status`]: { $in: ['complete', 'skipped'] } }, { $set: { [`${s}.status`]: 'in-progress' } } as UpdateFilter<Plan>);
    if (before) await this.record(tenantId, step, '@status', 'complete', 'in-progress', actor);
    return before !== null;
  }

  async history(tenantId: TenantId, step: StepNumber, limit: number): Promise<HistoryEntry[]> {
    const plan = await this.load(tenantId, false);
    return mergeHistory(plan?.journal ?? [], await this.archived(tenantId, step, limit), step, limit);
  }

  archived(tenantId: TenantId, step: StepNumber, limit: number): Promise<HistoryDoc[]> {
    return this.historyRepo.findMany(tenantId, { step }, { sort: { at: -1 }, limit });
  }
}
