import { randomBytes } from 'node:crypto';
import { isDuplicateKey } from '../store/duplicate-key.js';
import type { UserValue } from '../core/dialogue/values.js';
import type { Plan } from '../plan/plan.js';
import type { PlanRepository } from '../plan/plan-repository.js';
import { draftsBefore, waitsAsDraft } from './go-live-gate.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import type { CalendarEntry, HandEditable } from './calendar-entry.js';
import { compact } from '../util/compact.js';
import type { CalendarRepository } from './calendar-repository.js';
import { planEntries, type PlanEntry } from './plan-entries.js';
import { newScheduleId } from './reminder-queue.js';
import { reminderTimes, type ReminderPolicy } from './reminder-times.js';
import type { TenantId } from '../core/tenant-id.js';

export const DEFAULT_POLICY: ReminderPolicy = { leadMinutes: [24 * 60, 60], followUp: false };

export interface NewEntry {
  at: Date;
  topic: string;
  platform?: string;
  owner?: UserValue;
  material?: string;
  kind?: 'post' | 'training';
  createdBy?: string;
}

export interface EntryChange {
  at?: Date;
  topic?: string;
  platform?: string;
  owner?: UserValue;
}

/** A plan entry changed by hand whose plan item says otherwise: the hand change is kept, and told. */
export interface Divergence {
  entry: CalendarEntry;
  planned: PlanEntry;
  fields: HandEditable[];
}

export interface SyncResult {
  added: number;
  changed: number;
  cancelled: number;
  /** Each difference once: a sync finding the same difference again does not repeat it. */
  divergences: Divergence[];
}

export type ChangeResult = { ok: true; entry: CalendarEntry } | { ok: false; reason: 'not-found' | 'not-scheduled' | 'not-draft' };

/** The statuses an entry can still be changed, cancelled or published in. */
const OPEN = new Set<CalendarEntry['status']>(['draft', 'scheduled']);

const newRef = () => randomBytes(3).readUIntBE(0, 3).toString(36).padStart(4, '0').slice(-4);

/**
 * The content calendar: entries and the reminders that travel with them. Each time an entry's
 * reminders are computed they get a new schedule id, and their wake-ups are queued *before* the
 * entry is saved: a crash in between leaves wake-ups that match no saved schedule (dropped when
 * due), never a saved entry whose reminders were not queued.
 */
export class CalendarService {
  constructor(
    private readonly entries: CalendarRepository,
    private readonly tenants: TenantsRepository,
    private readonly clock: () => Date = () => new Date(),
    /** The plans, for the go-live gate (go-live-gate.ts); without them nothing waits as a draft. */
    private readonly plans?: Pick<PlanRepository, 'findOne'>,
  ) {}

  /** The instant before which this team's entries wait as drafts (undefined: none wait). */
  async draftGate(tenantId: TenantId): Promise<Date | undefined> {
    if (!this.plans) return undefined;
    const [plan, tenant] = await Promise.all([this.plans.findOne(tenantId, { _id: tenantId }), this.tenants.findOne(tenantId, { _id: tenantId })]);
    return draftsBefore(plan, tenant?.timeZone ?? 'UTC');
  }

  async policy(tenantId: TenantId): Promise<ReminderPolicy> {
    const tenant = await this.tenants.findOne(tenantId, { _id: tenantId });
    return tenant ? { leadMinutes: tenant.reminders.leadMinutes, followUp: tenant.reminders.followUp } : DEFAULT_POLICY;
  }

  async add(tenantId: TenantId, entry: NewEntry): Promise<CalendarEntry> {
    const now = this.clock();
    const kind = entry.kind ?? 'post';
    const draft = waitsAsDraft(entry.at, await this.draftGate(tenantId));
    const reminders = draft ? [] : reminderTimes(entry.at, kind, await this.policy(tenantId), now);
    const scheduleId = newScheduleId();
    for (let attempt = 0; ; attempt++) {
      const ref = newRef();
      const id = `${tenantId}|${ref}`;
      await this.entries.queue.enqueue(tenantId, id, scheduleId, reminders, now);
      try {
        return await this.entries.insert(compact({
          _id: id,
          tenantId,
          ref,
          kind,
          at: entry.at,
          topic: entry.topic,
          platform: entry.platform,
          owner: entry.owner,
          material: entry.material,
          source: 'command',
          status: draft ? 'draft' : 'scheduled',
          revision: 0,
          scheduleId,
          reminders,
          createdBy: entry.createdBy,
          createdAt: now,
          updatedAt: now,
        }));
      } catch (error) {
        // Two short refs colliding in one tenant is rare; draw another. (The wake-ups just queued
        // under the taken id carry our schedule id, not the other entry's: they are dropped.)
        if (!isDuplicateKey(error) || attempt >= 5) throw error;
      }
    }
  }

  async get(tenantId: TenantId, ref: string): Promise<CalendarEntry | null> {
    return this.entries.findOne(tenantId, { ref: ref.toLowerCase() });
  }

  async upcoming(tenantId: TenantId, from: Date, days: number, limit = 50): Promise<CalendarEntry[]> {
    return this.entries.upcoming(tenantId, from, new Date(from.getTime() + days * 86_400_000), limit);
  }

  /** Moves or edits a scheduled entry; a new time brings new reminders (the old ones are dropped). */
  async change(tenantId: TenantId, ref: string, change: EntryChange): Promise<ChangeResult> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const entry = await this.get(tenantId, ref);
      if (!entry) return { ok: false, reason: 'not-found' };
      if (!OPEN.has(entry.status)) return { ok: false, reason: 'not-scheduled' };
      const now = this.clock();
      const set: Partial<CalendarEntry> = { updatedAt: now };
      // A draft moved to go-live or later is ready: it gets its reminders like any entry.
      const draft = entry.status === 'draft' && waitsAsDraft(change.at ?? entry.at, await this.draftGate(tenantId));
      const edited = new Set(entry.handEdited ?? []);
      if (change.topic) set.topic = change.topic;
      if (change.platform) set.platform = change.platform;
      if (change.owner) set.owner = change.owner;
      if (change.at) set.at = change.at;
      for (const field of ['at', 'topic', 'platform', 'owner'] as const) if (change[field] !== undefined) edited.add(field);
      // A plan entry changed by hand stays as changed when its step is completed again.
      if (entry.source === 'plan') set.handEdited = [...edited];
      if ((change.at && change.at.getTime() !== entry.at.getTime()) || (entry.status === 'draft' && !draft)) {
        set.status = draft ? 'draft' : 'scheduled';
        set.reminders = draft ? [] : reminderTimes(change.at ?? entry.at, entry.kind, await this.policy(tenantId), now);
        set.scheduleId = newScheduleId();
        await this.entries.queue.enqueue(tenantId, entry._id, set.scheduleId, set.reminders, now);
      }
      const updated = await this.entries.update(tenantId, { _id: entry._id, revision: entry.revision }, { $set: set, $inc: { revision: 1 } });
      if (updated) return { ok: true, entry: updated };
      // The reminder job or another user changed it meanwhile: read it again and re-apply.
    }
    throw new Error(`calendar entry ${ref} kept changing under an update`);
  }

  /**
   * Confirms a draft: the owner decided it goes out before go-live after all. It gets its
   * reminders now, as any scheduled entry.
   */
  async confirm(tenantId: TenantId, ref: string): Promise<ChangeResult> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const entry = await this.get(tenantId, ref);
      if (!entry) return { ok: false, reason: 'not-found' };
      if (entry.status !== 'draft') return { ok: false, reason: 'not-draft' };
      const now = this.clock();
      const reminders = reminderTimes(entry.at, entry.kind, await this.policy(tenantId), now);
      const scheduleId = newScheduleId();
      await this.entries.queue.enqueue(tenantId, entry._id, scheduleId, reminders, now);
      const set: Partial<CalendarEntry> = { status: 'scheduled', reminders, scheduleId, updatedAt: now };
      const updated = await this.entries.update(tenantId, { _id: entry._id, revision: entry.revision }, { $set: set, $inc: { revision: 1 } });
      if (updated) return { ok: true, entry: updated };
    }
    throw new Error(`calendar entry ${ref} kept changing under an update`);
  }

  /** Step 7 is complete, the plan is ready: every draft is confirmed. Returns the entries released. */
  async releaseDrafts(tenantId: TenantId): Promise<CalendarEntry[]> {
    const released: CalendarEntry[] = [];
    for (const draft of await this.entries.findMany(tenantId, { status: 'draft' }, { sort: { at: 1 } })) {
      const result = await this.confirm(tenantId, draft.ref);
      if (result.ok) released.push(result.entry);
    }
    return released;
  }

  /** Cancels a scheduled entry: its pending reminders go with it (their wake-ups find nothing to send). */
  async cancel(tenantId: TenantId, ref: string): Promise<ChangeResult> {
    return this.setStatus(tenantId, ref, 'cancelled', false);
  }

  /** Marks an entry published; the follow-up (if the tenant wants it) stays, the "before" reminders go. */
  async markPublished(tenantId: TenantId, ref: string): Promise<ChangeResult> {
    return this.setStatus(tenantId, ref, 'published', true);
  }

  private async setStatus(tenantId: TenantId, ref: string, status: 'cancelled' | 'published', keepFollowUp: boolean): Promise<ChangeResult> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const entry = await this.get(tenantId, ref);
      if (!entry) return { ok: false, reason: 'not-found' };
      if (!OPEN.has(entry.status)) return { ok: false, reason: 'not-scheduled' };
      const now = this.clock();
      const reminders = entry.reminders.filter((r) => keepFollowUp && r.key === 'follow-up');
      const set: Partial<CalendarEntry> = { status, reminders, updatedAt: now, ...(status === 'published' ? { publishedAt: now } : {}) };
      const updated = await this.entries.update(tenantId, { _id: entry._id, revision: entry.revision }, { $set: set, $inc: { revision: 1 } });
      if (updated) return { ok: true, entry: updated };
    }
    throw new Error(`calendar entry ${ref} kept changing under an update`);
  }

  /**
   * Brings the calendar in line with the plan: step 4's calendar entries and step 6's training
   * sessions. The engine calls it when step 4 or 6 is completed (or edited). New items are added,
   * moved items get new reminders, items removed from the plan are cancelled; an item whose time
   * is unchanged keeps its schedule (and what was already sent). What someone changed by hand
   * (`calendar change`) stays: the step does not undo it, and where it says otherwise the
   * difference is returned once, for the person completing the step.
   */
  async syncPlanEntries(tenantId: TenantId, plan: Plan): Promise<SyncResult> {
    const now = this.clock();
    const policy = await this.policy(tenantId);
    const tenant = await this.tenants.findOne(tenantId, { _id: tenantId });
    const gate = draftsBefore(plan, tenant?.timeZone ?? 'UTC');
    const wanted = planEntries(plan);
    const existing = await this.entries.findMany(tenantId, { source: 'plan' });
    const byId = new Map(existing.map((entry) => [entry._id, entry]));
    const counts: SyncResult = { added: 0, changed: 0, cancelled: 0, divergences: [] };
    const keep = new Set<string>();
    for (const item of wanted) {
      const id = `${tenantId}|plan:${item.id}`;
      keep.add(id);
      const current = byId.get(id);
      if (!current) {
        if (item.at.getTime() <= now.getTime()) continue;
        await this.insertPlanEntry(tenantId, id, item, policy, now, waitsAsDraft(item.at, gate));
        counts.added++;
      } else {
        const applied = await this.applyPlanItem(tenantId, current, item, policy, now, gate);
        if (applied.changed) counts.changed++;
        if (applied.divergence) counts.divergences.push(applied.divergence);
      }
    }
    for (const entry of existing) {
      if (keep.has(entry._id) || !OPEN.has(entry.status)) continue;
      await this.cancel(tenantId, entry.ref);
      counts.cancelled++;
    }
    return counts;
  }

  /**
   * Brings one existing entry in line with its plan item; false when there was nothing to do. The
   * update is guarded by the revision read, so a person moving the entry meanwhile is not undone
   * half-way (the entry's time and its reminders always change together); it is read again then.
   * The fields someone changed by hand keep their value; where the plan says otherwise, the
   * difference is returned the first time it is seen.
   */
  private async applyPlanItem(
    tenantId: TenantId,
    read: CalendarEntry,
    item: PlanEntry,
    policy: ReminderPolicy,
    now: Date,
    gate?: Date,
  ): Promise<{ changed: boolean; divergence?: Divergence }> {
    let current: CalendarEntry | null = read;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!current || !OPEN.has(current.status)) return { changed: false };
      const kept = keepHandEdits(current, item);
      // A draft that is now ready (moved to go-live or later, or the plan complete) gets its reminders.
      const ready = current.status === 'draft' && !waitsAsDraft(kept.at, gate);
      const diverging = (current.handEdited ?? []).filter((field) => !sameField(field, current!, item));
      const told = diverging.length > 0 ? divergenceKey(item, diverging) : undefined;
      const newlyTold = told !== undefined && told !== current.divergenceTold;
      if (!differs(current, kept) && !ready && !newlyTold) return { changed: false };
      const moved = current.at.getTime() !== kept.at.getTime();
      const draft = current.status === 'draft' && !ready;
      const schedule = moved || ready ? { scheduleId: newScheduleId(), reminders: draft ? [] : reminderTimes(kept.at, kept.kind, policy, now), status: draft ? ('draft' as const) : ('scheduled' as const) } : {};
      if (schedule.scheduleId) await this.entries.queue.enqueue(tenantId, current._id, schedule.scheduleId, schedule.reminders, now);
      const set = compact({ at: kept.at, topic: kept.topic, platform: kept.platform, owner: kept.owner, material: kept.material, ...schedule, divergenceTold: told, updatedAt: now });
      const updated = await this.entries.update(tenantId, { _id: current._id, revision: current.revision }, { $set: set, $inc: { revision: 1 } });
      if (updated) return { changed: differs(current, kept) || ready, ...(newlyTold ? { divergence: { entry: updated, planned: item, fields: diverging } } : {}) };
      current = await this.entries.findOne(tenantId, { _id: current._id });
    }
    throw new Error(`calendar entry ${read.ref} kept changing under the plan's sync`);
  }

  private async insertPlanEntry(tenantId: TenantId, id: string, item: PlanEntry, policy: ReminderPolicy, now: Date, draft: boolean): Promise<void> {
    const reminders = draft ? [] : reminderTimes(item.at, item.kind, policy, now);
    const scheduleId = newScheduleId();
    await this.entries.queue.enqueue(tenantId, id, scheduleId, reminders, now);
    try {
      await this.entries.insert(compact({
        _id: id,
        tenantId,
        ref: item.ref,
        kind: item.kind,
        at: item.at,
        topic: item.topic,
        platform: item.platform,
        owner: item.owner,
        material: item.material,
        source: 'plan',
        status: draft ? 'draft' : 'scheduled',
        revision: 0,
        scheduleId,
        reminders,
        createdAt: now,
        updatedAt: now,
      }));
    } catch (error) {
      // Two syncs of the same plan at once: the other one inserted it.
      if (!isDuplicateKey(error)) throw error;
    }
  }
}

function sameField(field: HandEditable, entry: CalendarEntry, item: PlanEntry): boolean {
  switch (field) {
    case 'at':
      return entry.at.getTime() === item.at.getTime();
    case 'owner':
      return entry.owner?.id === item.owner?.id;
    default:
      return entry[field] === item[field];
  }
}

/** The plan item with the entry's hand-changed fields in place of the plan's. */
function keepHandEdits(entry: CalendarEntry, item: PlanEntry): PlanEntry {
  const kept: PlanEntry = { ...item };
  for (const field of entry.handEdited ?? []) {
    if (field === 'at') kept.at = entry.at;
    else if (field === 'topic') kept.topic = entry.topic;
    else if (field === 'platform') kept.platform = entry.platform;
    else kept.owner = entry.owner;
  }
  return kept;
}

/** Names what the plan says for the diverging fields, so the same difference is told only once. */
function divergenceKey(item: PlanEntry, fields: HandEditable[]): string {
  return JSON.stringify(fields.map((field) => [field, field === 'at' ? item.at.toISOString() : field === 'owner' ? item.owner?.id : item[field]]));
}

function differs(entry: CalendarEntry, item: PlanEntry): boolean {
  return (
    entry.at.getTime() !== item.at.getTime() ||
    entry.topic !== item.topic ||
    entry.platform !== item.platform ||
    entry.owner?.id !== item.owner?.id ||
    entry.material !== item.material
  );
}
