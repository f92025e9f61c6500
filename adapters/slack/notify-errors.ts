import type { NotifyOutcome } from '../../src/core/ports/notifier.js';

export type FailureReason = Extract<NotifyOutcome, { ok: false }>['reason'];

/** Slack's error strings, as what the caller can do about them. */
const REASONS: Record<string, FailureReason> = {
  not_in_channel: 'not-in-channel',
  channel_not_found: 'channel-not-found',
  is_archived: 'archived',
  account_inactive: 'auth',
  invalid_auth: 'auth',
  not_authed: 'auth',
  token_revoked: 'auth',
  token_expired: 'auth',
  missing_scope: 'forbidden',
  restricted_action: 'forbidden',
  restricted_action_read_only_channel: 'forbidden',
  restricted_action_thread_only_channel: 'forbidden',
  restricted_action_non_threadable_channel: 'forbidden',
  ekm_access_denied: 'forbidden',
  not_allowed_token_type: 'forbidden',
  team_access_not_granted: 'forbidden',
  ratelimited: 'rate-limited',
  fatal_error: 'unavailable',
  internal_error: 'unavailable',
  service_unavailable: 'unavailable',
  request_timeout: 'unavailable',
};

export interface ClassifiedError {
  reason: FailureReason;
  /** Slack's error string or a short description; never a token. */
  detail: string;
  /** Seconds Slack asked to wait (rate limits). */
  retryAfter?: number;
}

/** What went wrong with a Web API call, from the errors @slack/web-api throws. */
export function classify(error: unknown): ClassifiedError {
  const e = (error ?? {}) as { code?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number };
  switch (e.code) {
    case 'slack_webapi_platform_error': {
      const slackError = e.data?.error ?? 'unknown_error';
      return { reason: REASONS[slackError] ?? 'unknown', detail: slackError };
    }
    case 'slack_webapi_rate_limited_error':
      return { reason: 'rate-limited', detail: 'ratelimited', retryAfter: e.retryAfter ?? 1 };
    case 'slack_webapi_http_error':
      return { reason: (e.statusCode ?? 500) >= 500 ? 'unavailable' : 'unknown', detail: `HTTP ${e.statusCode}` };
    case 'slack_webapi_request_error':
      return { reason: 'unavailable', detail: 'Slack could not be reached' };
    default:
      return { reason: 'unknown', detail: error instanceof Error ? error.message.replace(/xox[a-z]-[\w-]+/g, '[redacted]') : String(error) };
  }
}

/** Failures the tenant's owners can fix (invite the bot, choose another channel). */
export function ownersCanFix(reason: FailureReason): reason is 'not-in-channel' | 'channel-not-found' | 'archived' {
  return reason === 'not-in-channel' || reason === 'channel-not-found' || reason === 'archived';
}
