import type { Collection, Db, IndexDescription } from 'mongodb';
import { TenantRepository } from '../store/repository.js';
import { calendarEntrySchema, type CalendarEntry } from './calendar-entry.js';
import { newScheduleId, ReminderQueue } from './reminder-queue.js';

/** The calendar entries, and the queue of their reminders still to send. */
export class CalendarRepository extends TenantRepository<CalendarEntry> {
  readonly queue: ReminderQueue;

  constructor(db: Db) {
    super(db, 'calendar_entries', calendarEntrySchema);
    this.queue = new ReminderQueue(db);
  }

  indexes(): IndexDescription[] {
    return [
      { key: { tenantId: 1, ref: 1 }, name: 'tenant_ref', unique: true },
      { key: { tenantId: 1, status: 1, at: 1 }, name: 'tenant_status_at' },
    ];
  }

  override async ensureIndexes(): Promise<void> {
    await super.ensureIndexes();
    await this.queue.ensureIndexes();
    await this.upgradeLegacyEntries();
  }

  /**
   * Entries saved before the reminder queue existed kept their pending reminders inside
   * (`sentAt` unset, `nextReminderAt` indexed). Queues what they still owe and gives them a
   * schedule, once; run at each start, it finds nothing after the first.
   */
  async upgradeLegacyEntries(now = new Date()): Promise<number> {
    interface Legacy { _id: string; tenantId: string; status: string; reminders?: Array<{ key: string; dueAt: Date; sentAt?: Date }> }
    const raw = this.collection as unknown as Collection<Legacy>;
    const legacy = await raw.find({ scheduleId: { $exists: false } }).toArray();
    for (const doc of legacy) {
      const scheduleId = newScheduleId();
      const reminders = (doc.reminders ?? []).map(({ key, dueAt, sentAt }) => ({ key, dueAt, sentAt }));
      const owed = doc.status === 'cancelled' ? [] : reminders.filter((r) => !r.sentAt);
      await this.queue.enqueue(doc.tenantId, doc._id, scheduleId, owed, now);
      await raw.updateOne(
        { _id: doc._id, scheduleId: { $exists: false } },
        { $set: { scheduleId, reminders: reminders.map(({ key, dueAt }) => ({ key, dueAt })) }, $unset: { nextReminderAt: '' } },
      );
    }
    if (legacy.length > 0) await this.collection.dropIndex('nextReminderAt').catch(() => {});
    return legacy.length;
  }

  /**
   * The entries with these ids, across tenants, in one query: the reminder job's lookup (each
   * wake-up then checks the entry belongs to its own tenant). One query rather than one per id:
   * the embedded FerretDB answers neither from an index, so each costs a pass over the collection.
   */
  async byIds(ids: string[]): Promise<{ entries: CalendarEntry[]; invalid: Array<{ id: string; problem: string }> }> {
    const found = { entries: [] as CalendarEntry[], invalid: [] as Array<{ id: string; problem: string }> };
    if (ids.length === 0) return found;
    for (const doc of await this.collection.find({ _id: { $in: ids } } as never).toArray()) {
      // One damaged document must not stop the reminders of every other entry.
      try {
        found.entries.push(this.parse(doc));
      } catch (error) {
        found.invalid.push({ id: String(doc._id), problem: error instanceof Error ? error.message : String(error) });
      }
    }
    return found;
  }

  async upcoming(tenantId: string, from: Date, to: Date, limit = 50): Promise<CalendarEntry[]> {
    return this.findMany(tenantId, { status: 'scheduled', at: { $gte: from, $lt: to } }, { sort: { at: 1 }, limit });
  }
}
