import { randomBytes } from 'node:crypto';
import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { isDuplicateKey } from '../store/duplicate-key.js';
import { TenantRepository, type DamagedDocument } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

export const queuedReminderSchema = z.object({
  /** `<entry>:<schedule>:<reminder>:<attempt>` — a retry is a new document, never an update. */
  _id: z.string(),
  tenantId: tenantIdField,
  entryId: z.string(),
  /** The entry's reminder schedule this wake-up belongs to; a moved entry has a new one. */
  scheduleId: z.string(),
  /** `before-<minutes>` or `follow-up`, as in the entry's `reminders`. */
  key: z.string(),
  dueAt: z.date(),
  /** Earlier attempts that ended in a retriable failure. */
  attempt: z.number().int().min(0),
  /** When the first attempt was queued. */
  createdAt: z.date(),
});
export type QueuedReminder = z.infer<typeof queuedReminderSchema>;

/** Identifies one computation of an entry's reminders (see CalendarEntry.scheduleId). */
export const newScheduleId = () => randomBytes(6).toString('base64url');

const queueId = (entryId: string, scheduleId: string, key: string, attempt: number) => `${entryId}:${scheduleId}:${key}:${attempt}`;

/**
 * The reminders still to send, one small document each: the wake-ups of the reminder job. The
 * calendar entry stays the truth — the job checks each wake-up against it, so a wake-up left by a
 * moved, cancelled or never-saved entry is dropped rather than posted. That lets every hot write
 * here be an insert or a batched delete: on the embedded FerretDB an update or a single delete
 * scans the whole collection (20–50 ms at 10,000 documents) while an insert does not, and one
 * batched delete costs about what a single one does.
 */
export class ReminderQueue extends TenantRepository<QueuedReminder> {
  constructor(db: Db) {
    super(db, 'calendar_reminders', queuedReminderSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { dueAt: 1 }, name: 'dueAt' }];
  }

  /** Wakes the job for each reminder; run *before* the entry is saved, so a crash between loses nothing. */
  async enqueue(tenantId: TenantId, entryId: string, scheduleId: string, reminders: Array<{ key: string; dueAt: Date }>, now: Date): Promise<void> {
    await this.enqueueAll(reminders.map((reminder) => ({ tenantId, entryId, scheduleId, key: reminder.key, dueAt: reminder.dueAt })), now);
  }

  /** The same for the reminders of many entries, in one write. */
  async enqueueAll(wakeUps: Array<Pick<QueuedReminder, 'tenantId' | 'entryId' | 'scheduleId' | 'key' | 'dueAt'>>, now: Date): Promise<void> {
    if (wakeUps.length === 0) return;
    const docs = wakeUps.map((w) => this.parse({ ...w, _id: queueId(w.entryId, w.scheduleId, w.key, 0), attempt: 0, createdAt: now }));
    try {
      await this.collection.insertMany(docs, { ordered: false });
    } catch (error) {
      // Already queued (a repeated call with the same schedule): the wake-ups are there.
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /**
   * A retry later: the next attempt's own document (the current one is then settled). It keeps
   * `createdAt`, the first queueing, which bounds how long a wake-up waits for its entry.
   */
  async requeue(reminder: QueuedReminder, dueAt: Date): Promise<void> {
    const attempt = reminder.attempt + 1;
    try {
      await this.collection.insertOne(this.parse({ ...reminder, _id: queueId(reminder.entryId, reminder.scheduleId, reminder.key, attempt), attempt, dueAt }));
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /**
   * Due wake-ups, across tenants: the job's one query that is not tenant-scoped (each wake-up is
   * then handled within its own tenant). Unsorted on purpose: everything returned is already due,
   * and a sort makes the embedded FerretDB read the whole collection instead of stopping at `limit`.
   * A damaged wake-up comes back apart, to be reported and removed rather than stop every reminder.
   */
  async due(now: Date, limit: number): Promise<{ valid: QueuedReminder[]; invalid: DamagedDocument[] }> {
    return this.parseEach(await this.collection.find({ dueAt: { $lte: now } }).limit(limit).toArray());
  }

  /** Removes handled wake-ups (sent, dropped, given up or requeued), in one delete. */
  async settle(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.collection.deleteMany({ _id: { $in: ids } });
  }

  async pendingFor(tenantId: TenantId, entryId: string): Promise<QueuedReminder[]> {
    return this.findMany(tenantId, { entryId });
  }
}
