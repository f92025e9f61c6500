import type { Logger } from '../log/logger.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { Tenant } from '../tenants/tenant.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import { deliverAll, type Delivery } from '../notify/deliver.js';
import { channelTarget, targetKey, userTarget } from '../notify/tenant-targets.js';
import type { CalendarEntry, Reminder } from './calendar-entry.js';
import type { CalendarRepository } from './calendar-repository.js';
import { reminderMessage } from './reminder-messages.js';
import { nextDue } from './reminder-times.js';

export interface DispatcherOptions {
  /** Entries read per query. */
  batchSize?: number;
  /** Entries handled at once (their posts overlap; the database work is short). */
  concurrency?: number;
  /** Retriable failures before a reminder is given up (and logged). */
  maxAttempts?: number;
  /** First retry delay after a retriable failure; doubles per attempt up to 60 times this. */
  retryBaseMs?: number;
  clock?: () => Date;
}

export interface DispatchReport {
  entries: number;
  sent: number;
  retrying: number;
}

/**
 * Sends the calendar reminders that are due. Run by the `calendar-reminders` job; safe to run in
 * several processes at once: each post carries the key `cal:<entry>:<revision>:<reminder>:<target>`,
 * so a reminder two runs both see is posted once, and the entry update is guarded by the revision,
 * so a user moving the entry meanwhile wins over the job.
 */
export class ReminderDispatcher {
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly maxAttempts: number;
  private readonly retryBaseMs: number;
  private readonly clock: () => Date;

  constructor(
    private readonly entries: CalendarRepository,
    private readonly tenants: TenantsRepository,
    private readonly notifier: Notifier,
    private readonly log?: Logger,
    options: DispatcherOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 500;
    this.concurrency = options.concurrency ?? 8;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.retryBaseMs = options.retryBaseMs ?? 60_000;
    this.clock = options.clock ?? (() => new Date());
  }

  async run(): Promise<DispatchReport> {
    const report: DispatchReport = { entries: 0, sent: 0, retrying: 0 };
    const tenants = new Map<string, Tenant | null>();
    // Each handled entry leaves the due set (sent, or pushed back by its retry delay), so the
    // loop ends; the cap guards against an entry that could not be updated at all.
    for (let round = 0; round < 1000; round++) {
      const due = await this.entries.dueAcrossTenants(this.clock(), this.batchSize);
      if (due.length === 0) break;
      let next = 0;
      const worker = async () => {
        while (next < due.length) {
          const entry = due[next++]!;
          try {
            await this.handle(entry, tenants, report);
          } catch (error) {
            // One tenant's trouble (a bad document, a failing platform) never stops the others.
            this.log?.warn({ err: error, entry: entry._id }, 'calendar reminder failed; retried on the next run');
            await this.postpone(entry).catch(() => {});
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency, due.length) }, worker));
      report.entries += due.length;
    }
    return report;
  }

  private async tenantOf(tenantId: string, cache: Map<string, Tenant | null>): Promise<Tenant | null> {
    if (!cache.has(tenantId)) cache.set(tenantId, await this.tenants.findOne(tenantId, { _id: tenantId }));
    return cache.get(tenantId) ?? null;
  }

  private deliveries(entry: CalendarEntry, reminder: Reminder, tenant: Tenant): Delivery[] {
    const message = reminderMessage(entry, reminder.key, tenant.locale, tenant.timeZone);
    const targets = [channelTarget(tenant, 'reminders'), entry.owner ? userTarget(tenant.tenantId, entry.owner.id) : undefined].filter(
      (t): t is NonNullable<typeof t> => Boolean(t),
    );
    if (targets.length === 0) targets.push(...tenant.owners.map((owner) => userTarget(tenant.tenantId, owner)));
    return targets.map((target) => ({
      target,
      message,
      key: `cal:${entry._id}:${entry.revision}:${reminder.key}:${targetKey(target)}`,
    }));
  }

  private wanted(entry: CalendarEntry, reminder: Reminder, now: Date): boolean {
    if (reminder.key === 'follow-up') return entry.status !== 'cancelled';
    // A "before" reminder only makes sense for an entry still to come.
    return entry.status === 'scheduled' && entry.at.getTime() > now.getTime();
  }

  private async handle(entry: CalendarEntry, cache: Map<string, Tenant | null>, report: DispatchReport): Promise<void> {
    const now = this.clock();
    const tenant = await this.tenantOf(entry.tenantId, cache);
    let retry = false;
    const reminders: Reminder[] = [];
    for (const reminder of entry.reminders) {
      if (reminder.sentAt || reminder.dueAt.getTime() > now.getTime()) {
        reminders.push(reminder);
        continue;
      }
      if (!tenant || !this.wanted(entry, reminder, now)) {
        reminders.push({ ...reminder, sentAt: now });
        continue;
      }
      const delivery = await deliverAll(this.notifier, this.deliveries(entry, reminder, tenant));
      report.sent += delivery.sent;
      if (delivery.settled || reminder.attempts + 1 >= this.maxAttempts) {
        if (!delivery.settled || delivery.failures.length > 0) {
          this.log?.warn({ entry: entry._id, reminder: reminder.key, failures: delivery.failures }, 'calendar reminder not delivered everywhere');
        }
        reminders.push({ ...reminder, sentAt: now });
      } else {
        retry = true;
        reminders.push({ ...reminder, attempts: reminder.attempts + 1 });
      }
    }
    if (retry) report.retrying++;
    const next = nextDue(reminders);
    const retryAt = retry ? new Date(now.getTime() + this.retryDelayMs(reminders)) : undefined;
    const nextAt = retryAt && next && next.getTime() < retryAt.getTime() ? retryAt : next;
    await this.entries.update(
      entry.tenantId,
      { _id: entry._id, revision: entry.revision },
      nextAt ? { $set: { reminders, nextReminderAt: nextAt } } : { $set: { reminders }, $unset: { nextReminderAt: true } },
    );
  }

  /** Grows with the attempts: a platform that is down is not hammered. */
  private retryDelayMs(reminders: Reminder[]): number {
    const attempts = Math.max(1, ...reminders.map((r) => r.attempts));
    return Math.min(60, 2 ** (attempts - 1)) * this.retryBaseMs;
  }

  private async postpone(entry: CalendarEntry): Promise<void> {
    await this.entries.update(entry.tenantId, { _id: entry._id, revision: entry.revision }, { $set: { nextReminderAt: new Date(this.clock().getTime() + this.retryBaseMs) } });
  }
}
