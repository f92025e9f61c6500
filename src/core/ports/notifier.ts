import type { Reply } from '../replies.js';
import type { TenantId } from '../tenant-id.js';

/** Where a proactive message goes: a channel the tenant chose, or a user's direct messages. */
export type NotifyTarget =
  | { kind: 'channel'; tenantId: TenantId; channelId: string }
  | { kind: 'user'; tenantId: TenantId; userId: string };

export type NotifyOutcome =
  | { ok: true; duplicate: boolean }
  | { ok: false; reason: 'not-in-channel' | 'channel-not-found' | 'archived' | 'forbidden' | 'auth' | 'rate-limited' | 'unavailable' | 'unknown'; detail: string };

/**
 * Outbound, proactive messages (jobs only ever see this port). The idempotency key makes a post
 * happen once even when a job runs twice.
 */
export interface Notifier {
  post(target: NotifyTarget, message: Reply[], idempotencyKey: string): Promise<NotifyOutcome>;
}
