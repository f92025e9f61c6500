import type { Platform } from '../core/events.js';
import type { ChannelDirectory, ChannelLookup } from '../core/ports/channels.js';
import { parseTenantId } from '../core/tenant-id.js';
import type { TenantId } from '../core/tenant-id.js';

/** Looks a channel up on the tenant's own platform (read from the tenant id), as each channel adapter registered it. */
export class RoutingChannelDirectory implements ChannelDirectory {
  private readonly byPlatform = new Map<Platform, ChannelDirectory>();

  register(platform: Platform, directory: ChannelDirectory): this {
    this.byPlatform.set(platform, directory);
    return this;
  }

  async lookup(tenantId: TenantId, typed: string, current?: { conversationId: string }): Promise<ChannelLookup> {
    const platform = parseTenantId(tenantId)?.platform;
    const directory = platform && this.byPlatform.get(platform);
    if (!directory) return { ok: false, reason: 'unavailable', detail: `${platform ?? tenantId} is not configured` };
    return directory.lookup(tenantId, typed, current);
  }
}
