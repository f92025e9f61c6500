import type { NotifyOutcome } from '../../../src/core/ports/notifier.js';

/** The HTTP status of a failed Bot Connector call, when it has one. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { statusCode?: unknown; response?: { status?: unknown } };
  if (typeof e.statusCode === 'number') return e.statusCode;
  if (typeof e.response?.status === 'number') return e.response.status;
  return undefined;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
}

/** A failed delivery as the Notifier port reports it. */
export function outcomeOf(error: unknown): Extract<NotifyOutcome, { ok: false }> {
  const status = statusOf(error);
  const detail = `Teams answered ${status ?? 'no status'}: ${messageOf(error)}`;
  if (status === 401) return { ok: false, reason: 'auth', detail };
  if (status === 403) return { ok: false, reason: 'forbidden', detail };
  if (status === 404) return { ok: false, reason: 'channel-not-found', detail };
  if (status === 429) return { ok: false, reason: 'rate-limited', detail };
  if (status === undefined || status >= 500) return { ok: false, reason: 'unavailable', detail };
  return { ok: false, reason: 'unknown', detail };
}
