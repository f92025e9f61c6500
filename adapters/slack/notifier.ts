import { webApi } from '@slack/bolt';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Notifier, NotifyOutcome, NotifyTarget } from '../../src/core/ports/notifier.js';
import type { Reply } from '../../src/core/replies.js';
import type { Logger } from '../../src/log/logger.js';
import type { ProcessedKeys } from '../../src/store/processed-keys.js';
import type { TenantsRepository } from '../../src/tenants/tenant-repository.js';
import { boltLogger } from './bolt-logger.js';
import { SLACK_TEXT } from './i18n.js';
import { classify, ownersCanFix, type ClassifiedError, type FailureReason } from './notify-errors.js';
import { renderReplies } from './render/replies.js';
import { slackExternalId } from './tenant.js';
import type { TenantId } from '../../src/core/tenant-id.js';
import type { UserPrefsRepository } from '../../src/tenants/user-prefs.js';

/** Where the bot token of a tenant comes from: the one token, or the tenant's installation. */
export interface BotTokenSource {
  tokenFor(tenantId: TenantId): Promise<string | undefined>;
}

export interface SlackNotifierOptions {
  tokens: BotTokenSource;
  tenants: TenantsRepository;
  /** A post to a person speaks their Boussole language. */
  userPrefs: Pick<UserPrefsRepository, 'get'>;
  processedKeys: ProcessedKeys;
  log: Logger;
  slackApiUrl?: string;
  /** Attempts per call when Slack rate-limits (default 3). */
  maxAttempts?: number;
  /** A longer Retry-After is not waited for: the caller retries later (default 30 s). */
  maxWaitSeconds?: number;
  /** Owners hear about the same broken channel at most once per this period (default 6 h). */
  ownerNoticeSeconds?: number;
}

/**
 * The Slack side of the Notifier port: chat.postMessage (and files.uploadV2 for documents) with
 * the tenant's bot token. Failures are logged once with what to do, returned as a NotifyOutcome,
 * and — when an owner can fix them (invite the bot, pick another channel) — told to the tenant's
 * owners in their DMs, at most once per channel and period, with a single attempt that is itself
 * never reported: no loop. Rate limits are retried a bounded number of times, honouring
 * Retry-After. Idempotency across processes is the caller's wrapper; this only delivers.
 */
export class SlackNotifier implements Notifier {
  private readonly clients = new Map<string, webApi.WebClient>();
  private readonly maxAttempts: number;
  private readonly maxWaitSeconds: number;
  private readonly ownerNoticeSeconds: number;

  constructor(private readonly options: SlackNotifierOptions) {
    this.maxAttempts = options.maxAttempts ?? 3;
    this.maxWaitSeconds = options.maxWaitSeconds ?? 30;
    this.ownerNoticeSeconds = options.ownerNoticeSeconds ?? 6 * 60 * 60;
  }

  async post(target: NotifyTarget, message: Reply[], idempotencyKey: string): Promise<NotifyOutcome> {
    const log = this.options.log.child({ tenantId: target.tenantId, target: target.kind, idempotencyKey });
    if (!slackExternalId(target.tenantId)) return { ok: false, reason: 'unknown', detail: `${target.tenantId} is not a Slack tenant` };
    let token: string | undefined;
    try {
      token = await this.options.tokens.tokenFor(target.tenantId);
    } catch (error) {
      log.error({ err: classify(error) }, 'Slack notification not sent: the installation could not be read');
      return { ok: false, reason: 'unavailable', detail: 'the installation could not be read' };
    }
    if (!token) {
      log.error('Slack notification not sent: Boussole is not installed in this workspace (reinstall it from /slack/install)');
      return { ok: false, reason: 'auth', detail: 'not installed' };
    }
    const client = this.clientFor(token);
    const tenant = await this.options.tenants.findOne(target.tenantId, { _id: target.tenantId }).catch(() => null);
    const person = target.kind === 'user' ? await this.options.userPrefs.get(target.tenantId, target.userId).catch(() => null) : null;
    const locale = person?.locale ?? tenant?.locale ?? 'fr';
    // A user id as channel posts into the user's DM with Boussole.
    const channel = target.kind === 'channel' ? target.channelId : target.userId;
    const { messages, documents } = renderReplies(message, locale);
    let postedIn = channel;
    try {
      for (const m of messages) {
        const result = await this.withRetries(() => client.chat.postMessage({ channel, text: m.text, blocks: m.blocks }), log);
        if (typeof result.channel === 'string') postedIn = result.channel;
      }
      for (const d of documents) {
        await this.withRetries(() => client.files.uploadV2({ channel_id: postedIn, filename: d.filename, title: d.title, content: d.markdown }), log);
      }
    } catch (error) {
      const failure = classify(error);
      this.logFailure(log, channel, failure);
      if (target.kind === 'channel' && ownersCanFix(failure.reason)) {
        await this.tellOwners(client, target.tenantId, channel, failure.reason, locale, tenant?.owners ?? [], log);
      }
      return { ok: false, reason: failure.reason, detail: failure.detail };
    }
    return { ok: true, duplicate: false };
  }

  private clientFor(token: string): webApi.WebClient {
    let client = this.clients.get(token);
    if (!client) {
      client = new webApi.WebClient(token, {
        ...(this.options.slackApiUrl ? { slackApiUrl: this.options.slackApiUrl } : {}),
        logger: boltLogger(this.options.log),
        // Retries are decided here (bounded, Retry-After honoured), not by the client's 30-minute policy.
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 15_000,
      });
      this.clients.set(token, client);
    }
    return client;
  }

  private async withRetries<T>(call: () => Promise<T>, log: Logger): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        const failure = classify(error);
        const wait = failure.retryAfter ?? 1;
        if (failure.reason !== 'rate-limited' || attempt >= this.maxAttempts || wait > this.maxWaitSeconds) throw error;
        log.warn({ attempt, retryAfter: wait }, 'Slack rate-limited a notification; retrying after Retry-After');
        await sleep(wait * 1000);
      }
    }
  }

  private logFailure(log: Logger, channel: string, failure: ClassifiedError): void {
    const advice: Record<FailureReason, string> = {
      'not-in-channel': 'Boussole is not a member of the channel: invite it there',
      'channel-not-found': 'the channel does not exist or Boussole cannot see it: choose another',
      archived: 'the channel is archived: choose another',
      auth: 'the bot token no longer works (app removed, token revoked or bot deactivated): reinstall Boussole',
      forbidden: 'Slack refused the post (missing scope or restricted channel)',
      'rate-limited': 'Slack kept rate-limiting after the allowed retries: try again later',
      unavailable: 'Slack could not be reached: try again later',
      unknown: 'Slack refused the post',
    };
    log.error({ channel, reason: failure.reason, slackError: failure.detail }, `Slack notification not sent: ${advice[failure.reason]}`);
  }

  private async tellOwners(client: webApi.WebClient, tenantId: TenantId, channel: string, reason: 'not-in-channel' | 'channel-not-found' | 'archived', locale: 'fr' | 'en', owners: string[], log: Logger): Promise<void> {
    if (owners.length === 0) {
      log.warn('no owner to tell about the failed notification');
      return;
    }
    try {
      const first = await this.options.processedKeys.claim(`slack:owner-notice:${tenantId}:${channel}:${reason}`, this.ownerNoticeSeconds);
      if (!first) return;
    } catch {
      return;
    }
    const key = reason === 'not-in-channel' ? 'ownerNotInChannel' : reason === 'archived' ? 'ownerArchived' : 'ownerChannelGone';
    const text = SLACK_TEXT.t(locale, key, { channel });
    for (const owner of owners) {
      try {
        await client.chat.postMessage({ channel: owner, text });
      } catch (error) {
        log.warn({ owner, err: classify(error) }, 'an owner could not be told about the failed notification');
      }
    }
  }
}
