import type { Collection, Db, IndexDescription, UpdateFilter } from 'mongodb';
import { z } from 'zod';
import type { StepNumber } from '../core/dialogue/types.js';
import type { ScalarValue } from '../core/dialogue/values.js';
import type { Actor, AnswerPath, HistoryEntry, PlanStore, PlanView } from '../core/ports/stores.js';
import { TenantRepository } from '../store/repository.js';
import { emptyStep, planSchema, type Plan } from './plan.js';
import { applyUpdate } from './apply-update.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

const historySchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  step: z.number().int().min(1).max(10),
  key: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  by: z.object({ id: z.string(), name: z.string().optional() }),
  at: z.string(),
});
type HistoryDoc = z.infer<typeof historySchema>;

/** Append-only record of every answer change: who, when, before, after. */
class AnswerHistory extends TenantRepository<HistoryDoc> {
  constructor(db: Db) {
    super(db, 'answer_history', historySchema);
  }
  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, step: 1, at: -1 }, name: 'tenant_step_at' }];
  }
}

function view(plan: Plan): PlanView {
  return {
    tenantId: plan.tenantId,
    version: plan.version,
    updatedAt: plan.updatedAt,
    step: (n) => plan.steps[String(n)] ?? emptyStep(),
  };
}

function valueAt(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);
}

/**
 * The plans collection (one document per tenant). Every change is a single-document update of
 * the paths it concerns, guarded by the step's status, with `version` incremented; the value it
 * replaced comes back from the same atomic update and goes to the answer history.
 */
export class PlanRepository extends TenantRepository<Plan> implements PlanStore {
  private readonly historyRepo: AnswerHistory;
  private readonly raw: Collection<Plan>;
  private counter = 0;
  private seen: ((plan: PlanView) => void) | undefined;

  constructor(db: Db) {
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
    // A read first: the plan exists on every turn but the very first, and reads are cheaper.
    const existing = await this.raw.findOne({ _id: tenantId, tenantId });
    if (existing) return view(this.parse(existing));
    const now = new Date().toISOString();
    const doc = await this.raw.findOneAndUpdate(
      { _id: tenantId, tenantId },
      { $setOnInsert: { version: 0, steps: {}, createdAt: now, updatedAt: now } },
      { upsert: true, returnDocument: 'after' },
    );
    return view(this.parse(doc));
  }

  private async apply(tenantId: TenantId, filter: Record<string, unknown>, update: UpdateFilter<Plan>): Promise<Plan | null> {
    const now = new Date().toISOString();
    const merged = { ...update, $set: { ...(update.$set ?? {}), updatedAt: now }, $inc: { version: 1 } } as UpdateFilter<Plan>;
    const before = await this.raw.findOneAndUpdate({ _id: tenantId, tenantId, ...filter }, merged, { returnDocument: 'before' });
    if (!before) return null;
    const parsed = this.parse(before);
    if (this.seen) this.seen(view(this.parse(applyUpdate(before, merged as Parameters<typeof applyUpdate>[1]))));
    return parsed;
  }

  /**
   * This store, telling `seen` the plan after each of its writes: the before-image of the atomic
   * update with the update applied to it is exactly what was stored, so a turn need not read it back.
   */
  withWrites(seen: (plan: PlanView) => void): PlanStore {
    const scoped = Object.create(this) as PlanRepository;
    scoped.seen = seen;
    return scoped;
  }

  private async record(tenantId: TenantId, step: StepNumber, key: string, before: unknown, after: unknown, by: Actor): Promise<void> {
    const at = new Date().toISOString();
    await this.historyRepo.insert({ _id: `${at}-${process.pid}-${++this.counter}-${Math.random().toString(36).slice(2, 8)}`, tenantId, step, key, before: before ?? null, after: after ?? null, by, at });
  }

  async start(tenantId: TenantId, step: StepNumber, actor: Actor): Promise<boolean> {
    await this.get(tenantId);
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
    const s = `steps.${step}`;
    const now = new Date().toISOString();
    const field = 'group' in path ? `${s}.answers.${path.group}.items.${path.itemId}.answers.${path.key}` : `${s}.answers.${path.key}`;
    const set: Record<string, unknown> = { [field]: value, [`${s}.updatedBy`]: actor, [`${s}.updatedAt`]: now };
    if ('group' in path && path.newItem) set[`${s}.answers.${path.group}.items.${path.itemId}._at`] = now;
    const before = await this.apply(tenantId, { [`${s}.status`]: 'in-progress' }, { $set: set } as UpdateFilter<Plan>);
    if (!before) return false;
    const key = 'group' in path ? `${path.group}[${path.itemId}].${path.key}` : path.key;
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
    const now = new Date().toISOString();
    const before = await this.apply(tenantId, { [`${s}.status`]: 'in-progress' }, {
      $set: { [`${s}.status`]: status, [`${s}.completedBy`]: actor, [`${s}.completedAt`]: now },
    } as UpdateFilter<Plan>);
    if (before) await this.record(tenantId, step, '@status', 'in-progress', status, actor);
    return before !== null;
  }

  async reopen(tenantId: TenantId, step: StepNumber, actor: Actor): Promise<boolean> {
    const s = `steps.${step}`;
    const before = await this.apply(tenantId, { [`${s}.status`]: { $in: ['complete', 'skipped'] } }, { $set: { [`${s}.status`]: 'in-progress' } } as UpdateFilter<Plan>);
    if (before) await this.record(tenantId, step, '@status', 'complete', 'in-progress', actor);
    return before !== null;
  }

  async history(tenantId: TenantId, step: StepNumber, limit: number): Promise<HistoryEntry[]> {
    const docs = await this.historyRepo.findMany(tenantId, { step }, { sort: { at: -1 }, limit });
    return docs.map(({ step: n, key, before, after, by, at }) => ({ step: n, key, before, after, by, at }));
  }
}
