import type { Db, IndexDescription } from 'mongodb';
import { TenantRepository } from '../store/repository.js';
import { calendarEntrySchema, type CalendarEntry } from './calendar-entry.js';

export class CalendarRepository extends TenantRepository<CalendarEntry> {
  constructor(db: Db) {
    super(db, 'calendar_entries', calendarEntrySchema);
  }

  indexes(): IndexDescription[] {
    return [
      { key: { tenantId: 1, ref: 1 }, name: 'tenant_ref', unique: true },
      { key: { tenantId: 1, status: 1, at: 1 }, name: 'tenant_status_at' },
      { key: { nextReminderAt: 1 }, name: 'nextReminderAt' },
    ];
  }

  /**
   * Entries with a reminder due, across tenants: the reminder job's one query that is not
   * tenant-scoped (each entry it returns is then handled within its own tenant).
   */
  async dueAcrossTenants(now: Date, limit: number): Promise<CalendarEntry[]> {
    const docs = await this.collection.find({ nextReminderAt: { $lte: now } }).sort({ nextReminderAt: 1 }).limit(limit).toArray();
    return docs.map((doc) => this.parse(doc));
  }

  async upcoming(tenantId: string, from: Date, to: Date, limit = 50): Promise<CalendarEntry[]> {
    return this.findMany(tenantId, { status: 'scheduled', at: { $gte: from, $lt: to } }, { sort: { at: 1 }, limit });
  }
}
