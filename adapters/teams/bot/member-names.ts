import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Logger } from '../../../src/log/logger.js';

/** Names change rarely; an hour spares a roster call per pick without keeping a stale one long. */
const CACHE_MS = 60 * 60_000;
const MAX_ENTRIES = 10_000;

const cache = new Map<string, { name: string | undefined; until: number }>();

/**
 * The display name of a person picked in a card (the people picker answers with an Azure AD object
 * id only), from the conversation's roster (`TeamsInfo.getMember`: the team's in a channel, the
 * chat's elsewhere), cached per process. Undefined when Teams does not know them there: the id
 * is then all there is.
 */
export async function memberName(context: TurnContext, userId: string, log: Logger): Promise<string | undefined> {
  const key = `${context.activity.serviceUrl}|${context.activity.conversation?.id}|${userId}`;
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.name;
  let name: string | undefined;
  try {
    name = (await TeamsInfo.getMember(context, userId)).name || undefined;
  } catch (error) {
    log.debug({ err: error }, 'Teams: a picked person is not in this conversation’s roster; the id is kept without a name');
  }
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, { name, until: Date.now() + CACHE_MS });
  return name;
}
