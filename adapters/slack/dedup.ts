import type { ProcessedKeys } from '../../src/store/processed-keys.js';
import { TtlCache } from '../../src/store/ttl-cache.js';

/**
 * Each inbound thing from Slack has a unique id — `event_id` for events, `trigger_id` for commands
 * and interactions — claimed once so that a second delivery has no second effect.
 *
 * Where the claim lives follows what Slack actually redelivers:
 * - Events (`message.im`…) are retried by Slack, up to three times (`X-Slack-Retry-Num`), and a
 *   retry may reach another instance: their ids are claimed in the processed-keys collection (an
 *   insert on `_id`, atomic on MongoDB and FerretDB alike).
 * - Slash commands, button presses and modal submissions are never retried by Slack (a slow answer
 *   gets the person a timeout message instead). A second identical delivery could only come from
 *   something replaying the request to the same process (a proxy, a client resend), so their
 *   trigger ids are claimed in this process's memory: the command path then costs no database
 *   write before the turn, which at a burst of commands was half of its database round trips.
 */
export const DEDUP_TTL_SECONDS = 24 * 60 * 60;

export function inboundKey(kind: 'cmd' | 'evt' | 'act' | 'view', ...parts: string[]): string {
  return `slack:${kind}:${parts.join(':')}`;
}

/** An event's id claimed in the processed-keys collection, across instances. */
export async function claimOnce(keys: ProcessedKeys, key: string): Promise<boolean> {
  return keys.claim(key, DEDUP_TTL_SECONDS);
}

/** Response URLs and trigger ids live 30 minutes: a replay later than that cannot answer anyone. */
const TRIGGER_LIFETIME_MS = 30 * 60 * 1000;

/** Trigger ids claimed in this process (commands, actions, modal submissions): see above. */
export class RecentTriggers {
  private readonly seen: TtlCache<true>;

  constructor(now: () => number = Date.now, maxEntries = 50_000) {
    this.seen = new TtlCache<true>(TRIGGER_LIFETIME_MS, now, maxEntries);
  }

  /** True when this call is the first to claim `key`; give it back with `release` when the work it guarded failed. */
  claim(key: string): boolean {
    if (this.seen.get(key)) return false;
    this.seen.set(key, true);
    return true;
  }

  release(key: string): void {
    this.seen.delete(key);
  }
}
