import type { Activity } from 'botbuilder';
import type { InboundConversation } from '../../../src/core/events.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import { makeTenantId, type TenantId } from '../../../src/core/tenant-id.js';
import type { ConversationKind } from '../references/conversation-reference.js';

/** Where an activity happens, in Boussole's terms. */
export interface TeamsPlace {
  /** Boussole's tenant id without the platform prefix (see `tenantKeyOf`). */
  tenantKey: string;
  aadTenantId: string | undefined;
  kind: ConversationKind;
  /** The conversation without Teams' `;messageid=` thread suffix: a channel's own id. */
  conversationId: string;
  /** The user's stable id: the Azure AD object id, or the channel account id where there is none. */
  userId: string;
  userName: string | undefined;
}

interface ChannelData {
  tenant?: { id?: unknown };
  team?: { id?: unknown };
}

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);

/**
 * The user id Boussole uses. Teams' people picker (Data.Query on graph users) answers with Azure
 * AD object ids, and Teams opens a chat with a user from that id too, so the AAD object id keeps
 * one identity for a person across typed events, picked users and proactive posts. The Bot
 * Framework Emulator sends no AAD id: its channel account id is used instead.
 */
export function userIdOf(activity: Partial<Activity>): string {
  return str(activity.from?.aadObjectId) ?? activity.from?.id ?? '';
}

export function baseConversationId(conversationId: string): string {
  return conversationId.split(';messageid=')[0]!;
}

function aadTenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = (activity.channelData ?? {}) as ChannelData;
  return str(channelData.tenant?.id) ?? str(activity.conversation?.tenantId);
}

/** Without a tenant (the Bot Framework Emulator) the channel id stands in for it. */
const tenantPartOf = (activity: Partial<Activity>) => aadTenantOf(activity) ?? activity.channelId ?? 'local';

/**
 * The tenant of an activity:
 * - in a team (any of its channels): `<aad tenant>:<team id>` — the team shares one plan;
 * - in a group chat: `<aad tenant>:chat:<chat id>` — the chat's members share one plan;
 * - in the personal scope: `<aad tenant>:personal:<aad object id>` — a plan of one's own.
 * Without a tenant (the Bot Framework Emulator) the channel id stands in for it.
 */
export function placeOf(activity: Partial<Activity>): TeamsPlace {
  const channelData = (activity.channelData ?? {}) as ChannelData;
  const aadTenantId = aadTenantOf(activity);
  const tenantPart = tenantPartOf(activity);
  const conversationId = baseConversationId(activity.conversation?.id ?? '');
  const userId = userIdOf(activity);
  const teamId = str(channelData.team?.id);
  const type = activity.conversation?.conversationType;
  const kind: ConversationKind =
    type === 'channel' || teamId ? 'channel' : type === 'groupChat' || activity.conversation?.isGroup ? 'group' : 'personal';
  const tenantKey =
    kind === 'channel'
      ? `${tenantPart}:${teamId ?? conversationId}`
      : kind === 'group'
        ? `${tenantPart}:chat:${conversationId}`
        : personalTenantKey(tenantPart, userId);
  return { tenantKey, aadTenantId, kind, conversationId, userId, userName: str(activity.from?.name) };
}

/** A person's own plan, in their personal chat with Boussole: `<aad tenant>:personal:<aad object id>`. */
export function personalTenantKey(tenantPart: string, userId: string): string {
  return `${tenantPart}:personal:${userId}`;
}

/** The tenant of `userId`'s personal chat, in the Azure AD tenant of this activity. */
export function personalTenantOf(activity: Partial<Activity>, userId: string): TenantId {
  return makeTenantId('teams', personalTenantKey(tenantPartOf(activity), userId));
}

export function tenantIdOfPlace(place: TeamsPlace): TenantId {
  return makeTenantId('teams', place.tenantKey);
}

export function inboundConversation(place: TeamsPlace): InboundConversation {
  return { id: place.conversationId, kind: place.kind === 'personal' ? 'direct' : place.kind };
}

/** `fr-CA` -> fr, `en-US` -> en; other languages: undefined (the tenant's language applies). */
export function localeOf(activity: Partial<Activity>): Locale | undefined {
  const tag = (activity.locale ?? '').toLowerCase();
  if (tag.startsWith('fr')) return 'fr';
  if (tag.startsWith('en')) return 'en';
  return undefined;
}
