import type { Collection, Db, IndexDescription } from 'mongodb';
import { TenantRepository, type DamagedDocument } from '../store/repository.js';
import { calendarEntrySchema, type CalendarEntry } from './calendar-entry.js';
import { newScheduleId, ReminderQueue } from './reminder-queue.js';
import type { TenantId } from '../core/tenant-id.js';

/** The calendar entries, and the queue of their reminders still to send. */
export class CalendarRepository extends TenantRepository<CalendarEntry> {
  readonly queue: ReminderQueue;
  private legacyIndexDropped = false;

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
  }

  /**
   * Entries saved before the reminder queue existed kept their pending reminders inside
   * (`sentAt` unset, `nextReminderAt` indexed) and have no schedule id. Queues what they still
   * owe and gives them one. The calendar-upgrade job calls it at once and hourly, so entries
   * written by an older process during a rolling upgrade are taken in too; it finds nothing
   * once every process runs this version. A document it cannot upgrade is reported, not fatal.
   */
  async upgradeLegacyEntries(now = new Date()): Promise<{ upgraded: number; failed: DamagedDocument[] }> {
    interface Legacy { _id: string; tenantId: TenantId; status: string; reminders?: Array<{ key: string; dueAt: Date; sentAt?: Date }> }
    const raw = this.collection as unknown as Collection<Legacy>;
    const result = { upgraded: 0, failed: [] as DamagedDocument[] };
    for (const doc of await raw.find({ scheduleId: { $exists: false } }).toArray()) {
      try {
        const scheduleId = newScheduleId();
        const reminders = (doc.reminders ?? []).map(({ key, dueAt, sentAt }) => ({ key, dueAt, sentAt }));
        const owed = doc.status === 'cancelled' ? [] : reminders.filter((r) => !r.sentAt);
        await this.queue.enqueue(doc.tenantId, doc._id, scheduleId, owed, now);
        await raw.updateOne(
          { _id: doc._id, scheduleId: { $exists: false } },
          { $set: { scheduleId, reminders: reminders.map(({ key, dueAt }) => ({ key, dueAt })) }, $unset: { nextReminderAt: '' } },
        );
        result.upgraded++;
      } catch (error) {
        result.failed.push({ id: String(doc._id), problem: error instanceof Error ? error.message : String(error) });
      }
    }
    if (!this.legacyIndexDropped) {
      // Absent on a new database (an error then, ignored); dropped once per process otherwise.
      await this.collection.dropIndex('nextReminderAt').catch(() => {});
      this.legacyIndexDropped = true;
    }
    return result;
  }

  /**
   * The entries with these ids, across tenants, in one query: the reminder job's lookup (each
   * wake-up then checks the entry belongs to its own tenant). One query rather than one per id:
   * the embedded FerretDB answers neither from an index, so each costs a pass over the collection.
   */
  async byIds(ids: string[]): Promise<{ valid: CalendarEntry[]; invalid: DamagedDocument[] }> {
    if (ids.length === 0) return { valid: [], invalid: [] };
    return this.parseEach(await this.collection.find({ _id: { $in: ids } } as never).toArray());
  }

  async upcoming(tenantId: TenantId, from: Date, to: Date, limit = 50): Promise<CalendarEntry[]> {
    return this.findMany(tenantId, { status: { $in: ['scheduled', 'draft'] }, at: { $gte: from, $lt: to } }, { sort: { at: 1 }, limit });
  }
}
