import { randomUUID } from 'node:crypto';
import type { Notifier, NotifyOutcome, NotifyTarget } from '../core/ports/notifier.js';
import type { Reply } from '../core/replies.js';
import type { NotificationKeys } from './notification-keys.js';

export interface IdempotentOptions {
  /** How long a post may take before another process presumes this one dead (default 2 min). */
  leaseMs?: number;
  /** How long a sent key is remembered (default 45 days: longer than any job retries a post). */
  keepMs?: number;
  /** Identifies this process's leases. */
  holder?: string;
  now?: () => Date;
}

/**
 * Makes every post happen once per idempotency key, across retries and processes:
 * 1. lease the key (an atomic insert); a key already sent answers `{ ok: true, duplicate: true }`,
 *    a key leased by a live process answers `unavailable` (in flight) so the caller retries later
 *    instead of believing the message delivered;
 * 2. post through the wrapped notifier;
 * 3. success: mark the key sent; failure: release the lease so the next attempt posts.
 * A process that dies between 1 and 3 leaves a lease that expires after `leaseMs`; the next job
 * run then takes it over and posts — the message is late, never lost. A process that dies after
 * the platform accepted the post but before step 3 causes the one duplicate this design cannot
 * rule out (the platforms offer no read-back of our key); the lease keeps that window to one post.
 */
export class IdempotentNotifier implements Notifier {
  private readonly leaseMs: number;
  private readonly keepMs: number;
  private readonly holder: string;
  private readonly now: () => Date;

  constructor(
    private readonly inner: Notifier,
    private readonly keys: NotificationKeys,
    options: IdempotentOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 120_000;
    this.keepMs = options.keepMs ?? 45 * 24 * 3_600_000;
    this.holder = options.holder ?? randomUUID();
    this.now = options.now ?? (() => new Date());
  }

  async post(target: NotifyTarget, message: Reply[], idempotencyKey: string): Promise<NotifyOutcome> {
    const claim = await this.keys.claim(idempotencyKey, this.holder, this.leaseMs, this.now(), this.keepMs);
    if (claim === 'sent') return { ok: true, duplicate: true };
    if (claim === 'in-flight') return { ok: false, reason: 'unavailable', detail: 'in flight in another process' };
    let outcome: NotifyOutcome;
    try {
      outcome = await this.inner.post(target, message, idempotencyKey);
    } catch (error) {
      outcome = { ok: false, reason: 'unknown', detail: error instanceof Error ? error.message : String(error) };
    }
    if (outcome.ok) await this.keys.markSent(idempotencyKey, this.holder, this.keepMs, this.now());
    else await this.keys.release(idempotencyKey, this.holder);
    return outcome;
  }
}
