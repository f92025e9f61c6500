import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../log/logger.js';

/**
 * Pings until the database answers, logging each retry with its delay (1 s doubling to 15 s).
 * Resolves false when the signal aborts first (shutdown during an outage).
 */
export async function waitForDatabase(ping: () => Promise<boolean>, log: Logger, signal: AbortSignal): Promise<boolean> {
  let delay = 1000;
  while (!signal.aborted) {
    if (await ping()) return true;
    log.warn({ retryInMs: delay }, `database unreachable; retrying in ${Math.round(delay / 1000)} s`);
    try {
      await sleep(delay, undefined, { signal });
    } catch {
      return false;
    }
    delay = Math.min(delay * 2, 15_000);
  }
  return false;
}
