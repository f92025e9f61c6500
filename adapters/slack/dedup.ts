import type { ProcessedKeys } from '../../src/store/processed-keys.js';

/**
 * Slack redelivers an event it thinks was lost (`X-Slack-Retry-Num`), and a user or a proxy can
 * resend a command. Each inbound thing has a unique id — `event_id` for events, `trigger_id` for
 * commands and interactions — claimed once in the processed-keys collection (an insert on `_id`,
 * atomic on MongoDB and FerretDB alike), so a redelivery has no second effect, in any process.
 */
export const DEDUP_TTL_SECONDS = 24 * 60 * 60;

export function inboundKey(kind: 'cmd' | 'evt' | 'act' | 'view', ...parts: string[]): string {
  return `slack:${kind}:${parts.join(':')}`;
}

export async function claimOnce(keys: ProcessedKeys, key: string): Promise<boolean> {
  return keys.claim(key, DEDUP_TTL_SECONDS);
}
