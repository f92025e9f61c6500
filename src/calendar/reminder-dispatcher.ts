import type { Logger } from '../log/logger.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { Tenant } from '../tenants/tenant.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import { deliverAll, type Delivery } from '../notify/deliver.js';
import { channelTarget, targetKey, userTarget } from '../notify/tenant-targets.js';
import type { CalendarEntry, Reminder } from './calendar-entry.js';
import type { CalendarRepository } from './calendar-repository.js';
import type { QueuedReminder } from './reminder-queue.js';
import { reminderMessage } from './reminder-messages.js';
import { StoredDocumentInvalid } from '../store/repository.js';
import type { TenantId } from '../core/tenant-id.js';

export interface DispatcherOptions {
  /** Wake-ups read per query (and settled per delete). */
  batchSize?: number;
  /** Wake-ups handled at once (their posts overlap; the database work is short). */
  concurrency?: number;
  /** Retriable failures before a reminder is given up (and logged). */
  maxAttempts?: number;
  /** First retry delay after a retriable failure; doubles per attempt up to 60 times this. */
  retryBaseMs?: number;
  clock?: () => Date;
}

export interface DispatchReport {
  /** Wake-ups handled. */
  reminders: number;
  sent: number;
  retrying: number;
  /** Wake-ups of a schedule that no longer stands (moved, cancelled, published, never saved). */
  dropped: number;
}

/** A wake-up queued just before its entry was saved may be read before the save lands. */
const UNSAVED_GRACE_MS = 5 * 60_000;

type Outcome = 'handled' | 'dropped' | 'retrying';

/**
 * Sends the calendar reminders that are due. Run by the `calendar-reminders` job; safe to run in
 * several processes at once and to be killed at any point: each post carries the key
 * `cal:<entry>:<schedule>:<reminder>:<target>`, and a wake-up leaves the queue only after it was
 * handled, so a run that dies is redone by the next one and its posts come out as duplicates.
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
    this.batchSize = options.batchSize ?? 2000;
    this.concurrency = options.concurrency ?? 8;
    this.maxAttempts = options.maxAttempts ?? 10;
    this.retryBaseMs = options.retryBaseMs ?? 60_000;
    this.clock = options.clock ?? (() => new Date());
  }

  async run(): Promise<DispatchReport> {
    const report: DispatchReport = { reminders: 0, sent: 0, retrying: 0, dropped: 0 };
    const tenants = new Map<string, Tenant | null>();
    // Each handled wake-up leaves the queue (a retry is a later one), so the loop ends; the cap
    // guards against a queue that cannot be written to at all.
    for (let round = 0; round < 1000; round++) {
      const { valid: due, invalid } = await this.entries.queue.due(this.clock(), this.batchSize);
      for (const { id, problem } of invalid) this.log?.error({ reminder: id, problem }, 'calendar wake-up unreadable; removed');
      if (due.length === 0) {
        await this.entries.queue.settle(invalid.map((i) => i.id));
        break;
      }
      // Read per batch, not per run: an entry moved while a long run goes on is seen moved.
      const cache = { tenants, entries: await this.loadEntries(due) };
      const settled: string[] = invalid.map((i) => i.id);
      let next = 0;
      const worker = async () => {
        while (next < due.length) {
          const wake = due[next++]!;
          try {
            const outcome = await this.handle(wake, cache, report);
            if (outcome !== 'handled') report[outcome]++;
            settled.push(wake._id);
          } catch (error) {
            // One tenant's trouble (a bad document, a failing platform) never stops the others.
            if (wake.attempt + 1 >= this.maxAttempts) {
              this.log?.error({ err: error, reminder: wake._id }, 'calendar reminder failed too many times; given up');
              report.dropped++;
              settled.push(wake._id);
            } else {
              this.log?.warn({ err: error, reminder: wake._id }, 'calendar reminder failed; retried later');
              if (await this.retryLater(wake).then(() => true, () => false)) {
                report.retrying++;
                settled.push(wake._id);
              }
            }
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(this.concurrency, due.length) }, worker));
      await this.entries.queue.settle(settled);
      report.reminders += settled.length - invalid.length;
      // Nothing could be handled: the database is in trouble; the next run tries again.
      if (settled.length === invalid.length) break;
    }
    return report;
  }

  /** A tenant whose document cannot be read gets no reminders (logged once per run), like a missing one. */
  private async tenantOf(tenantId: TenantId, cache: Map<string, Tenant | null>): Promise<Tenant | null> {
    if (!cache.has(tenantId)) {
      const tenant = await this.tenants.findOne(tenantId, { _id: tenantId }).catch((error: unknown) => {
        if (!(error instanceof StoredDocumentInvalid)) throw error;
        this.log?.error({ err: error, tenantId }, 'tenant document unreadable; its reminders are dropped');
        return null;
      });
      cache.set(tenantId, tenant);
    }
    return cache.get(tenantId) ?? null;
  }

  private async loadEntries(due: QueuedReminder[]): Promise<Map<string, CalendarEntry | 'invalid'>> {
    const { valid: entries, invalid } = await this.entries.byIds([...new Set(due.map((wake) => wake.entryId))]);
    for (const { id, problem } of invalid) this.log?.warn({ entry: id, problem }, 'calendar entry unreadable; its reminders are dropped');
    return new Map<string, CalendarEntry | 'invalid'>([...entries.map((e) => [e._id, e] as const), ...invalid.map(({ id }) => [id, 'invalid'] as const)]);
  }

  /** The wake-up's entry, within the wake-up's own tenant. */
  private entryOf(wake: QueuedReminder, cache: Map<string, CalendarEntry | 'invalid'>): CalendarEntry | 'invalid' | undefined {
    const entry = cache.get(wake.entryId);
    return entry === 'invalid' || entry?.tenantId === wake.tenantId ? entry : undefined;
  }

  private deliveries(entry: CalendarEntry, wake: QueuedReminder, tenant: Tenant): Delivery[] {
    const message = reminderMessage(entry, wake.key, tenant.locale, tenant.timeZone);
    const targets = [channelTarget(tenant, 'reminders'), entry.owner ? userTarget(tenant.tenantId, entry.owner.id) : undefined].filter(
      (t): t is NonNullable<typeof t> => Boolean(t),
    );
    if (targets.length === 0) targets.push(...tenant.owners.map((owner) => userTarget(tenant.tenantId, owner)));
    return targets.map((target) => ({
      target,
      message,
      key: `cal:${entry._id}:${wake.scheduleId}:${wake.key}:${targetKey(target)}`,
    }));
  }

  private wanted(entry: CalendarEntry, reminder: Reminder, now: Date): boolean {
    if (reminder.key === 'follow-up') return entry.status !== 'cancelled';
    // A "before" reminder only makes sense for an entry still to come.
    return entry.status === 'scheduled' && entry.at.getTime() > now.getTime();
  }

  private async handle(wake: QueuedReminder, cache: { tenants: Map<string, Tenant | null>; entries: Map<string, CalendarEntry | 'invalid'> }, report: DispatchReport): Promise<Outcome> {
    const now = this.clock();
    const entry = this.entryOf(wake, cache.entries);
    if (entry === 'invalid') return 'dropped';
    if (!entry) {
      if (now.getTime() - wake.createdAt.getTime() >= UNSAVED_GRACE_MS) return 'dropped';
      await this.entries.queue.requeue(wake, new Date(now.getTime() + 60_000));
      return 'retrying';
    }
    const reminder = entry.scheduleId === wake.scheduleId ? entry.reminders.find((r) => r.key === wake.key) : undefined;
    const tenant = await this.tenantOf(entry.tenantId, cache.tenants);
    if (!reminder || !tenant || !this.wanted(entry, reminder, now)) return 'dropped';
    const delivery = await deliverAll(this.notifier, this.deliveries(entry, wake, tenant));
    report.sent += delivery.sent;
    if (delivery.settled || wake.attempt + 1 >= this.maxAttempts) {
      if (!delivery.settled || delivery.failures.length > 0) {
        this.log?.warn({ entry: entry._id, reminder: wake.key, failures: delivery.failures }, 'calendar reminder not delivered everywhere');
      }
      return 'handled';
    }
    await this.retryLater(wake);
    return 'retrying';
  }

  /** The delay grows with the attempts: a platform that is down is not hammered. */
  private async retryLater(wake: QueuedReminder): Promise<void> {
    const delay = Math.min(60, 2 ** wake.attempt) * this.retryBaseMs;
    await this.entries.queue.requeue(wake, new Date(this.clock().getTime() + delay));
  }
}
