/** A channel as Boussole can post to it, or why it cannot. */
export type ChannelLookup =
  | { ok: true; channelId: string; label: string }
  | { ok: false; reason: 'not-found' | 'not-member' | 'unavailable'; detail?: string };
import type { TenantId } from '../tenant-id.js';

/**
 * Finds the channel a user named (`#communications`, a Slack mention, an id) on the tenant's
 * platform, so that settings and step 7 only keep channels that exist and where Boussole can post.
 */
export interface ChannelDirectory {
  /** `here` / `ici` names the conversation the user is typing in (`current`), where a platform allows it. */
  lookup(tenantId: TenantId, typed: string, current?: { conversationId: string }): Promise<ChannelLookup>;
}

/** The words for "this conversation". */
export const HERE_WORDS = ['here', 'ici'];
