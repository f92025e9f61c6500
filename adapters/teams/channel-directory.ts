import { HERE_WORDS, type ChannelDirectory, type ChannelLookup } from '../../src/core/ports/channels.js';
import type { ConversationReferencesRepository } from './references/conversation-references.js';
import type { TenantId } from '../../src/core/tenant-id.js';

/**
 * Teams channels: Boussole can post only where it has a conversation reference, that is where it
 * was added and has heard from. Channel ids (`19:…@thread.tacv2`) are not something people type,
 * so `here` / `ici`, typed in the channel itself (with the @mention), names it.
 */
export class TeamsChannelDirectory implements ChannelDirectory {
  constructor(private readonly references: Pick<ConversationReferencesRepository, 'byConversation'>) {}

  async lookup(tenantId: TenantId, typed: string, current?: { conversationId: string }): Promise<ChannelLookup> {
    const text = typed.trim();
    const conversationId = HERE_WORDS.includes(text.toLowerCase()) ? current?.conversationId : text;
    if (!conversationId) return { ok: false, reason: 'not-found' };
    const record = await this.references.byConversation(tenantId, conversationId);
    if (!record || record.kind === 'personal') return { ok: false, reason: 'not-found' };
    if (!record.active) return { ok: false, reason: 'not-member', detail: record.inactiveReason };
    return { ok: true, channelId: record.conversationId, label: record.kind === 'channel' ? 'Teams channel' : 'Teams group chat' };
  }
}
