import type { Platform } from '../core/events.js';
import type { PeopleLookup } from '../core/ports/people.js';
import { parseTenantId, type TenantId } from '../core/tenant-id.js';

/** Asks the tenant's own platform (read from the tenant id), as each channel adapter registered it. */
export class RoutingPeopleLookup implements PeopleLookup {
  private readonly byPlatform = new Map<Platform, PeopleLookup>();

  register(platform: Platform, lookup: PeopleLookup): this {
    this.byPlatform.set(platform, lookup);
    return this;
  }

  async names(tenantId: TenantId, ids: readonly string[]): Promise<Map<string, string>> {
    const platform = parseTenantId(tenantId)?.platform;
    const lookup = platform && this.byPlatform.get(platform);
    if (!lookup || ids.length === 0) return new Map();
    return lookup.names(tenantId, ids);
  }
}
