import type { Logger } from './logger.js';

export interface RepeatSuppressorOptions {
  /** At most one line per failure this often while it lasts. */
  summaryEveryMs?: number;
  now?: () => number;
}

interface Ongoing {
  first: number;
  lastLogged: number;
  /** Occurrences since the last line written. */
  unlogged: number;
  total: number;
}

export interface RepeatSuppressor {
  /**
   * Logs the first occurrence of a failure at once; repeats of the same key are counted and
   * summed up in one line at most every `summaryEveryMs`.
   */
  report(level: 'warn' | 'error', key: string, fields: Record<string, unknown>, message: string): void;
  /** The failures whose key starts with `prefix` stopped: one line each with how many times they happened. */
  resolved(prefix: string, message: string): void;
}

/**
 * A failure that repeats on every poll (the database down, for every job, every 5 s) is one event
 * for the person reading the log: written once, then counted, instead of one line per attempt.
 */
export function createRepeatSuppressor(log: Logger, options: RepeatSuppressorOptions = {}): RepeatSuppressor {
  const every = options.summaryEveryMs ?? 60_000;
  const now = options.now ?? Date.now;
  const ongoing = new Map<string, Ongoing>();
  return {
    report(level, key, fields, message) {
      const at = now();
      const known = ongoing.get(key);
      if (!known) {
        ongoing.set(key, { first: at, lastLogged: at, unlogged: 0, total: 1 });
        log[level](fields, message);
        return;
      }
      known.total += 1;
      known.unlogged += 1;
      if (at - known.lastLogged < every) return;
      log[level]({ ...fields, repeated: known.unlogged, total: known.total, sinceMs: at - known.first }, `${message} (repeated ${known.unlogged} times since the last line)`);
      known.lastLogged = at;
      known.unlogged = 0;
    },
    resolved(prefix, message) {
      for (const [key, known] of ongoing) {
        if (!key.startsWith(prefix)) continue;
        ongoing.delete(key);
        log.info({ failure: key, total: known.total, lastedMs: now() - known.first }, `${message} (after ${known.total} failures)`);
      }
    },
  };
}
