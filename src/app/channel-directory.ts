import type { Platform } from '../core/events.js';
import type { ChannelDirectory, ChannelLookup } from '../core/ports/channels.js';

/**
 * Looks a channel up on the tenant's own platform (by the tenant id's prefix). The console has no
 * channels to check: what is typed is kept as is, and console notifications print it.
 */
export class RoutingChannelDirectory implements ChannelDirectory {
  private readonly byPlatform = new Map<Platform, ChannelDirectory>();

  register(platform: Platform, directory: ChannelDirectory): this {
    this.byPlatform.set(platform, directory);
    return this;
  }

  async lookup(tenantId: string, typed: string, current?: { conversationId: string }): Promise<ChannelLookup> {
    const platform = tenantId.slice(0, tenantId.indexOf(':')) as Platform;
    if (platform === 'console') return { ok: true, channelId: typed.trim(), label: typed.trim() };
    const directory = this.byPlatform.get(platform);
    if (!directory) return { ok: false, reason: 'unavailable', detail: `${platform || tenantId} is not configured` };
    return directory.lookup(tenantId, typed, current);
  }
}
