import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from '../../../src/log/logger.js';
import type { ConversationReferencesRepository } from '../references/conversation-references.js';
import { personalTenantOf } from './identity.js';

/** Names change rarely; an hour spares a roster call per pick without keeping a stale one long. */
const CACHE_MS = 60 * 60_000;
const MAX_ENTRIES = 10_000;

const cache = new Map<string, { name: string | undefined; until: number }>();

export interface MemberNameSources {
  log: Logger;
  /** Where each person's own chat with Boussole is kept, with the name Teams gave it. */
  conversations: Pick<ConversationReferencesRepository, 'personalOf'>;
}

/**
 * The display name of a person picked in a card (the people picker answers with an Azure AD object
 * id only), cached per process. First the conversation's roster (`TeamsInfo.getMember`: the
 * team's in a channel, the chat's elsewhere); in a personal chat the roster is only the person
 * and Boussole, so then the name Teams gave the picked person in their own chat with Boussole,
 * when they have one. Undefined when neither knows them: readers then see a neutral word.
 */
export async function memberName(context: TurnContext, userId: string, sources: MemberNameSources): Promise<string | undefined> {
  const key = `${context.activity.serviceUrl}|${context.activity.conversation?.id}|${userId}`;
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.name;
  const name = (await rosterName(context, userId, sources.log)) ?? (await ownChatName(context, userId, sources));
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, { name, until: Date.now() + CACHE_MS });
  return name;
}

async function rosterName(context: TurnContext, userId: string, log: Logger): Promise<string | undefined> {
  try {
    return (await TeamsInfo.getMember(context, userId)).name || undefined;
  } catch (error) {
    log.debug({ err: error }, 'Teams: a picked person is not in this conversation’s roster');
    return undefined;
  }
}

async function ownChatName(context: TurnContext, userId: string, sources: MemberNameSources): Promise<string | undefined> {
  try {
    const record = await sources.conversations.personalOf(personalTenantOf(context.activity, userId), userId);
    return record?.reference.user?.name?.trim() || undefined;
  } catch (error) {
    sources.log.warn({ err: error }, 'Teams: the picked person’s own chat could not be read; their name is not known');
    return undefined;
  }
}
