import { makeTenantId } from '../../src/core/tenant-id.js';
// Activities as Teams sends them to a bot, for tests and the benchmark.
import { randomUUID } from 'node:crypto';

export const AAD_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const BOT = { id: '28:boussole-bot', name: 'Boussole' };

export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
}

export const alice: TestUser = { id: '29:alice', aadObjectId: 'aad-alice', name: 'Alice Tremblay' };
export const bob: TestUser = { id: '29:bob', aadObjectId: 'aad-bob', name: 'Bob Gagnon' };

interface Where {
  serviceUrl: string;
  user?: TestUser;
  conversationId?: string;
  locale?: string;
}

export function personalMessage(where: Where & { text?: string; value?: unknown; id?: string }): Record<string, unknown> {
  const user = where.user ?? alice;
  return {
    type: 'message',
    id: where.id ?? randomUUID(),
    timestamp: new Date().toISOString(),
    serviceUrl: where.serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: { id: where.conversationId ?? `a:personal-${user.aadObjectId}`, conversationType: 'personal', tenantId: AAD_TENANT },
    channelData: { tenant: { id: AAD_TENANT } },
    locale: where.locale ?? 'en-US',
    ...(where.text !== undefined ? { text: where.text, textFormat: 'plain' } : {}),
    ...(where.value !== undefined ? { value: where.value } : {}),
  };
}

export const TEAM_ID = '19:team-general@thread.tacv2';
export const CHANNEL_ID = '19:channel-comms@thread.tacv2';

/** What Boussole keeps once added to the team's CHANNEL_ID (for ConversationReferencesRepository.remember). */
export function teamChannelRecord(serviceUrl: string) {
  return {
    tenantId: makeTenantId('teams', `${AAD_TENANT}:${TEAM_ID}`),
    conversationId: CHANNEL_ID,
    kind: 'channel' as const,
    aadTenantId: AAD_TENANT,
    reference: {
      serviceUrl,
      channelId: 'msteams',
      conversation: { id: CHANNEL_ID, conversationType: 'channel', isGroup: true, tenantId: AAD_TENANT },
      bot: { id: BOT.id, name: BOT.name },
    },
  };
}

export function channelMessage(where: Where & { text: string; id?: string; mention?: boolean }): Record<string, unknown> {
  const user = where.user ?? alice;
  const id = where.id ?? randomUUID();
  const mention = where.mention !== false;
  return {
    type: 'message',
    id,
    serviceUrl: where.serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: { id: `${where.conversationId ?? CHANNEL_ID};messageid=${id}`, conversationType: 'channel', isGroup: true, tenantId: AAD_TENANT },
    channelData: { tenant: { id: AAD_TENANT }, team: { id: TEAM_ID, name: 'Comms' }, channel: { id: where.conversationId ?? CHANNEL_ID } },
    locale: where.locale ?? 'fr-CA',
    text: mention ? `<at>Boussole</at> ${where.text}` : where.text,
    ...(mention ? { entities: [{ type: 'mention', mentioned: BOT, text: '<at>Boussole</at>' }] } : {}),
  };
}

export function installationUpdate(where: Where & { team?: boolean }): Record<string, unknown> {
  const user = where.user ?? alice;
  const team = where.team !== false;
  return {
    type: 'installationUpdate',
    action: 'add',
    id: randomUUID(),
    serviceUrl: where.serviceUrl,
    channelId: 'msteams',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: team
      ? { id: CHANNEL_ID, conversationType: 'channel', isGroup: true, tenantId: AAD_TENANT }
      : { id: `a:personal-${user.aadObjectId}`, conversationType: 'personal', tenantId: AAD_TENANT },
    channelData: team ? { tenant: { id: AAD_TENANT }, team: { id: TEAM_ID }, channel: { id: CHANNEL_ID } } : { tenant: { id: AAD_TENANT } },
  };
}

/** What Teams sends when a user presses an Action.Submit: the card's data merged with the inputs. */
export function submitted(data: unknown, inputs: Record<string, string> = {}): Record<string, unknown> {
  return { ...(data as Record<string, unknown>), ...inputs };
}
