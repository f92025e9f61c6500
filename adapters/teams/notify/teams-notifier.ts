import { setTimeout as sleep } from 'node:timers/promises';
import { TurnContext, type CloudAdapter, type ConversationParameters } from 'botbuilder';
import type { Config } from '../../../src/config/env.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Notifier, NotifyOutcome, NotifyTarget } from '../../../src/core/ports/notifier.js';
import type { Reply } from '../../../src/core/replies.js';
import type { Logger } from '../../../src/log/logger.js';
import type { Repositories } from '../../../src/app/repositories.js';
import type { TeamsRepositories } from '../repositories.js';
import { ANYONE } from '../cards/card-data.js';
import { renderReplies, type CardActivity } from '../cards/render.js';
import { toConversationReference, type ConversationRecord, type StoredReference } from '../references/conversation-reference.js';
import { messageOf, outcomeOf, statusOf } from './delivery-error.js';
import type { TenantId } from '../../../src/core/tenant-id.js';

export interface TeamsNotifierOptions {
  adapter: CloudAdapter;
  /** MICROSOFT_APP_ID; empty in local emulation. */
  appId: string;
  repositories: Pick<Repositories, 'tenants' | 'userPrefs'> & TeamsRepositories;
  log: Logger;
  defaults: Config['defaults'];
  /**
   * Extra attempts after a 429. botbuilder's HTTP pipeline already retries 5xx and network
   * errors (3 more attempts, exponential back-off) and honours Retry-After, but not a bare 429.
   */
  rateLimitRetries?: number;
  /** First wait after a 429; doubles each time. */
  rateLimitDelayMs?: number;
}

type Failure = Extract<NotifyOutcome, { ok: false }>;

/**
 * The Teams side of the Notifier port: posts into a stored conversation with
 * continueConversationAsync. A 403 (bot removed, or blocked by the user) marks the conversation
 * inactive, and the owners are told on their next interaction. Idempotency is the job of the
 * wrapper around every notifier: this one delivers and reports.
 */
export function createTeamsNotifier(options: TeamsNotifierOptions): Notifier {
  const { adapter, appId, repositories, log } = options;
  const retries = options.rateLimitRetries ?? 2;
  const baseDelay = options.rateLimitDelayMs ?? 1000;

  async function sendOne(reference: StoredReference, activity: CardActivity): Promise<unknown> {
    let failure: unknown;
    // Errors are caught inside the turn: botbuilder would otherwise hand them to onTurnError.
    await adapter.continueConversationAsync(appId, toConversationReference(reference), async (context) => {
      try {
        await context.sendActivity(activity);
      } catch (error) {
        failure = error;
      }
    });
    return failure;
  }

  async function deliver(tenantId: TenantId, record: ConversationRecord, activities: CardActivity[]): Promise<NotifyOutcome> {
    // One message at a time, each retried on its own, so a retry never repeats a part already shown.
    for (const activity of activities) {
      let failure: unknown;
      for (let attempt = 0; ; attempt++) {
        failure = await sendOne(record.reference, activity).catch((error: unknown) => error);
        if (failure === undefined || statusOf(failure) !== 429 || attempt >= retries) break;
        await sleep(baseDelay * 2 ** attempt);
      }
      if (failure === undefined) continue;
      const outcome = outcomeOf(failure);
      report(tenantId, record, outcome);
      if (outcome.reason === 'forbidden') {
        await repositories.teamsConversations.markInactive(tenantId, record.conversationId, outcome.detail);
      }
      return outcome;
    }
    return { ok: true, duplicate: false };
  }

  function report(tenantId: TenantId, record: ConversationRecord, outcome: Failure): void {
    const where = { tenantId, conversation: record.kind };
    if (outcome.reason === 'auth') {
      log.error(where, 'Teams refused Boussole’s credentials (401): check MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD, MICROSOFT_APP_TYPE and MICROSOFT_APP_TENANT_ID');
    } else if (outcome.reason === 'forbidden') {
      log.warn({ ...where, detail: outcome.detail }, 'Teams: Boussole was removed from a conversation or blocked (403); the conversation is marked inactive');
    } else {
      log.warn({ ...where, reason: outcome.reason, detail: outcome.detail }, 'Teams: a proactive post failed');
    }
  }

  /** A personal chat with a user Boussole has not talked to yet, opened through Teams. */
  async function openPersonalChat(tenantId: TenantId, userId: string): Promise<ConversationRecord | Failure> {
    const anchor = await repositories.teamsConversations.anyActive(tenantId);
    if (!anchor) return { ok: false, reason: 'channel-not-found', detail: 'no active Teams conversation in this tenant to reach the user through' };
    const aadTenantId = anchor.aadTenantId ?? anchor.reference.conversation.tenantId;
    const parameters = {
      isGroup: false,
      bot: anchor.reference.bot,
      // Teams accepts the user's Azure AD object id here, which is the id Boussole keeps.
      members: [{ id: userId }],
      ...(aadTenantId ? { tenantId: aadTenantId, channelData: { tenant: { id: aadTenantId } } } : {}),
    } as ConversationParameters;
    let reference: StoredReference | undefined;
    try {
      await adapter.createConversationAsync(appId, anchor.reference.channelId, anchor.reference.serviceUrl, undefined as unknown as string, parameters, async (context) => {
        const ref = TurnContext.getConversationReference(context.activity);
        reference = {
          serviceUrl: ref.serviceUrl ?? anchor.reference.serviceUrl,
          channelId: ref.channelId ?? anchor.reference.channelId,
          conversation: { id: ref.conversation!.id, conversationType: 'personal', ...(aadTenantId ? { tenantId: aadTenantId } : {}) },
          bot: anchor.reference.bot,
          user: { id: userId },
        };
      });
    } catch (error) {
      const outcome = outcomeOf(error);
      log.warn({ tenantId, status: statusOf(error), detail: messageOf(error) }, 'Teams: could not open a personal chat with a user');
      return outcome;
    }
    if (!reference) return { ok: false, reason: 'unknown', detail: 'Teams created no conversation' };
    return repositories.teamsConversations.remember({
      tenantId,
      conversationId: reference.conversation.id,
      kind: 'personal',
      userId,
      ...(aadTenantId ? { aadTenantId } : {}),
      reference,
    });
  }

  async function recordFor(target: NotifyTarget): Promise<ConversationRecord | Failure> {
    if (target.kind === 'channel') {
      const record = await repositories.teamsConversations.byConversation(target.tenantId, target.channelId);
      return record ?? { ok: false, reason: 'channel-not-found', detail: 'Boussole has no reference to this Teams conversation: it must be installed there first' };
    }
    const record = await repositories.teamsConversations.personalOf(target.tenantId, target.userId);
    return record ?? openPersonalChat(target.tenantId, target.userId);
  }

  return {
    async post(target: NotifyTarget, message: Reply[]): Promise<NotifyOutcome> {
      const record = await recordFor(target);
      if ('ok' in record) return record;
      if (!record.active) {
        return { ok: false, reason: 'forbidden', detail: `the conversation is inactive since ${record.inactiveSince ?? '?'}: ${record.inactiveReason ?? ''}` };
      }
      const tenant = await repositories.tenants.findOne(target.tenantId, { _id: target.tenantId });
      // A post to a person speaks their Boussole language; a channel, the team's.
      const person = target.kind === 'user' ? await repositories.userPrefs.get(target.tenantId, target.userId) : null;
      const locale: Locale = person?.locale ?? tenant?.locale ?? options.defaults.locale;
      // In a channel anyone may use the card's buttons; in a personal chat only its user.
      const userId = target.kind === 'user' ? target.userId : ANYONE;
      return deliver(target.tenantId, record, renderReplies(message, { locale, userId }));
    },
  };
}
