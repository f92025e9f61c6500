import type { Activity } from 'botbuilder';
import type { StoredReference } from '../references/conversation-reference.js';
import type { TeamsPlace } from './identity.js';
import type { BotDeps } from './deps.js';
import { tenantIdOfPlace } from './identity.js';

/**
 * The reference to post into this conversation later. In a channel, the conversation is the
 * channel itself (not the thread the activity came from), so a proactive post starts a new thread.
 */
export function referenceOf(activity: Partial<Activity>, place: TeamsPlace): StoredReference {
  const conversation = activity.conversation!;
  return {
    serviceUrl: activity.serviceUrl!,
    channelId: activity.channelId!,
    conversation: {
      id: place.conversationId,
      ...(conversation.tenantId ? { tenantId: conversation.tenantId } : place.aadTenantId ? { tenantId: place.aadTenantId } : {}),
      ...(conversation.conversationType ? { conversationType: conversation.conversationType } : {}),
      ...(typeof conversation.isGroup === 'boolean' ? { isGroup: conversation.isGroup } : {}),
    },
    bot: { id: activity.recipient!.id, ...(activity.recipient?.name ? { name: activity.recipient.name } : {}) },
    ...(activity.from
      ? {
          user: {
            id: activity.from.id,
            ...(activity.from.name ? { name: activity.from.name } : {}),
            ...(activity.from.aadObjectId ? { aadObjectId: activity.from.aadObjectId } : {}),
          },
        }
      : {}),
    ...(activity.locale ? { locale: activity.locale } : {}),
  };
}

/**
 * Stores the conversation's reference: always on installation (the bot may come back where it was
 * marked unreachable), and on a message when it changed (`refresh`).
 */
export async function rememberConversation(deps: BotDeps, activity: Partial<Activity>, place: TeamsPlace, when: 'always' | 'changed' = 'changed'): Promise<void> {
  const references = deps.repositories.teamsConversations;
  await references[when === 'always' ? 'remember' : 'refresh']({
    tenantId: tenantIdOfPlace(place),
    conversationId: place.conversationId,
    kind: place.kind,
    ...(place.kind === 'personal' ? { userId: place.userId } : {}),
    ...(place.aadTenantId ? { aadTenantId: place.aadTenantId } : {}),
    reference: referenceOf(activity, place),
  });
}
