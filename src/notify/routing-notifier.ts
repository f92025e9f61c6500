import type { Notifier, NotifyOutcome, NotifyTarget } from '../core/ports/notifier.js';
import type { Platform } from '../core/events.js';
import type { Reply } from '../core/replies.js';

/**
 * Sends each post through the notifier of the tenant's platform, read from the tenant id's prefix
 * (`slack:`, `teams:`, `console:`). Platform notifiers are registered at boot by whichever
 * adapters are configured; the console notifier is the fallback for `console:` tenants.
 */
export class RoutingNotifier implements Notifier {
  private readonly byPlatform = new Map<Platform, Notifier>();

  constructor(console: Notifier) {
    this.byPlatform.set('console', console);
  }

  register(platform: Platform, notifier: Notifier): this {
    this.byPlatform.set(platform, notifier);
    return this;
  }

  async post(target: NotifyTarget, message: Reply[], idempotencyKey: string): Promise<NotifyOutcome> {
    const prefix = target.tenantId.slice(0, target.tenantId.indexOf(':')) as Platform;
    const notifier = this.byPlatform.get(prefix);
    if (!notifier) {
      return { ok: false, reason: 'unavailable', detail: `no notifier registered for platform "${prefix || target.tenantId}"` };
    }
    try {
      return await notifier.post(target, message, idempotencyKey);
    } catch (error) {
      // A platform SDK that throws must not take the job (and the other tenants) down with it.
      return { ok: false, reason: 'unknown', detail: error instanceof Error ? error.message : String(error) };
    }
  }
}
