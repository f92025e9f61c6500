import type { Notifier, NotifyOutcome, NotifyTarget } from '../core/ports/notifier.js';
import type { Reply } from '../core/replies.js';

/** Outcomes worth another attempt later; the others (no such channel, no rights…) will not heal by retrying. */
const RETRIABLE = new Set(['rate-limited', 'unavailable', 'unknown']);

export interface Delivery {
  target: NotifyTarget;
  message: Reply[];
  key: string;
}

export interface DeliveryReport {
  /** True when no post needs another attempt (each was sent, a duplicate, or failed for good). */
  settled: boolean;
  sent: number;
  failures: Array<{ key: string; outcome: Extract<NotifyOutcome, { ok: false }> }>;
}

/** Posts each delivery; a throwing notifier counts as a retriable failure, never as an exception. */
export async function deliverAll(notifier: Notifier, deliveries: Delivery[]): Promise<DeliveryReport> {
  const report: DeliveryReport = { settled: true, sent: 0, failures: [] };
  for (const delivery of deliveries) {
    let outcome: NotifyOutcome;
    try {
      outcome = await notifier.post(delivery.target, delivery.message, delivery.key);
    } catch (error) {
      outcome = { ok: false, reason: 'unknown', detail: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok) {
      if (!outcome.duplicate) report.sent++;
      continue;
    }
    report.failures.push({ key: delivery.key, outcome });
    if (RETRIABLE.has(outcome.reason)) report.settled = false;
  }
  return report;
}
