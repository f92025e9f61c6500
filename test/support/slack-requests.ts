// Requests as Slack sends them: form-encoded commands and interactions, JSON events, each signed
// with the signing secret (`v0=` HMAC-SHA256 of `v0:<timestamp>:<body>`).
import { createHmac, randomUUID } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

export function sign(body: string, contentType: string, options: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {}): SignedRequest {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    body,
    headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature, ...options.headers },
  };
}

export interface CommandOptions {
  team?: string;
  user?: string;
  channel?: string;
  triggerId?: string;
  responseUrl: string;
  enterprise?: string;
  isEnterpriseInstall?: boolean;
}

export function commandBody(text: string, o: CommandOptions): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: o.team ?? 'T1',
    team_domain: 'fake',
    channel_id: o.channel ?? 'C1',
    channel_name: 'general',
    user_id: o.user ?? 'U1',
    user_name: 'someone',
    command: '/boussole',
    text,
    api_app_id: 'A1',
    is_enterprise_install: String(o.isEnterpriseInstall ?? false),
    ...(o.enterprise ? { enterprise_id: o.enterprise } : {}),
    response_url: o.responseUrl,
    trigger_id: o.triggerId ?? `trig-${randomUUID()}`,
  }).toString();
}

export function eventBody(event: Record<string, unknown>, o: { team?: string; eventId?: string } = {}): string {
  return JSON.stringify({
    token: 'legacy-verification-token',
    team_id: o.team ?? 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: o.eventId ?? `Ev${randomUUID().replaceAll('-', '').slice(0, 10)}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: o.team ?? 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  });
}

export function dmMessage(text: string, o: { user?: string; channel?: string } = {}): Record<string, unknown> {
  const user = o.user ?? 'U1';
  return { type: 'message', channel_type: 'im', channel: o.channel ?? `D${user}`, user, text, ts: `${Date.now() / 1000}` };
}

/** An interaction payload (block_actions, view_submission) as Slack posts it: form field `payload`. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function blockActions(o: {
  user?: string;
  team?: string;
  channel?: string;
  responseUrl?: string;
  actions: Array<Record<string, unknown>>;
  state?: Record<string, Record<string, unknown>>;
  triggerId?: string;
}): Record<string, unknown> {
  const user = o.user ?? 'U1';
  return {
    type: 'block_actions',
    team: { id: o.team ?? 'T1', domain: 'fake' },
    user: { id: user, username: 'someone', team_id: o.team ?? 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    trigger_id: o.triggerId ?? `trig-${randomUUID()}`,
    container: { type: 'message', channel_id: o.channel ?? `D${user}`, message_ts: '1700000000.000100' },
    channel: { id: o.channel ?? `D${user}`, name: 'directmessage' },
    ...(o.responseUrl ? { response_url: o.responseUrl } : {}),
    state: { values: o.state ?? {} },
    actions: o.actions.map((a) => ({ action_ts: `${Date.now() / 1000}`, ...a })),
  };
}
