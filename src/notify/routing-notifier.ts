import type { Notifier, NotifyOutcome, NotifyTarget } from '../core/ports/notifier.js';
import type { Platform } from '../core/events.js';
import type { Reply } from '../core/replies.js';
import { parseTenantId } from '../core/tenant-id.js';

/**
 * Sends each post through the notifier of the tenant's platform, read from the tenant id
 * (`slack:`, `teams:`, `console:`). Each channel adapter registers its notifier at start-up.
 */
export class RoutingNotifier implements Notifier {
  private readonly byPlatform = new Map<Platform, Notifier>();

  register(platform: Platform, notifier: Notifier): this {
    this.byPlatform.set(platform, notifier);
    return this;
  }

  async post(target: NotifyTarget, message: Reply[], idempotencyKey: string): Promise<NotifyOutcome> {
    const platform = parseTenantId(target.tenantId)?.platform;
    const notifier = platform && this.byPlatform.get(platform);
    if (!notifier) {
      return { ok: false, reason: 'unavailable', detail: `no notifier registered for platform "${platform ?? target.tenantId}"` };
    }
    try {
      return await notifier.post(target, message, idempotencyKey);
    } catch (error) {
      // A platform SDK that throws must not take the job (and the other tenants) down with it.
      return { ok: false, reason: 'unknown', detail: error instanceof Error ? error.message : String(error) };
    }
  }
}
