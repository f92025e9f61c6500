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

/** A place where a key is claimed once, and given back when the work it guarded failed. */
export interface Claims {
  claim(key: string, ttlSeconds: number): Promise<boolean>;
  release(key: string): Promise<void>;
}

export async function claimOnce(keys: Claims, key: string): Promise<boolean> {
  return keys.claim(key, DEDUP_TTL_SECONDS);
}

/** Response URLs and trigger ids live 30 minutes: a replay later than that cannot answer anyone. */
const TRIGGER_LIFETIME_MS = 30 * 60 * 1000;

/** Trigger ids claimed in this process (commands, actions, modal submissions): see above. */
export class RecentTriggers implements Claims {
  private readonly seen: TtlCache<true>;

  constructor(now: () => number = Date.now, maxEntries = 50_000) {
    this.seen = new TtlCache<true>(TRIGGER_LIFETIME_MS, now, maxEntries);
  }

  async claim(key: string): Promise<boolean> {
    if (this.seen.get(key)) return false;
    this.seen.set(key, true);
    return true;
  }

  async release(key: string): Promise<void> {
    this.seen.delete(key);
  }
}

