import type { types, webApi } from '@slack/bolt';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Logger } from '../../../src/log/logger.js';
import { errorSummary } from '../identity.js';
import { LIMITS } from '../render/limits.js';
import type { TenantId } from '../../../src/core/tenant-id.js';

export interface HomeContext {
  /** Boussole's tenant id (`slack:T…`). */
  tenantId: TenantId;
  userId: string;
  locale: Locale;
  isAdmin: boolean;
}

/**
 * One part of the App Home tab. The plan overview is the first; features add theirs (upcoming
 * calendar entries, open comments) by passing more sections to `mountSlack`, in display order.
 */
export interface HomeSection {
  id: string;
  blocks(ctx: HomeContext): Promise<types.KnownBlock[]>;
}

/** Builds and publishes the Home tab (views.publish), section by section. */
export class HomePublisher {
  constructor(
    private readonly sections: HomeSection[],
    private readonly log: Logger,
  ) {}

  async view(ctx: HomeContext): Promise<types.HomeView> {
    const blocks: types.KnownBlock[] = [];
    for (const section of this.sections) {
      try {
        const part = await section.blocks(ctx);
        if (part.length === 0) continue;
        const room = LIMITS.blocksPerView - blocks.length - (blocks.length > 0 ? 1 : 0);
        if (room <= 0) break;
        if (blocks.length > 0) blocks.push({ type: 'divider' });
        blocks.push(...part.slice(0, room));
      } catch (error) {
        // One failing section must not blank the whole tab.
        this.log.warn({ section: section.id, tenantId: ctx.tenantId, err: errorSummary(error) }, 'an App Home section failed; left out');
      }
    }
    return { type: 'home', blocks };
  }

  async publish(client: webApi.WebClient, ctx: HomeContext): Promise<void> {
    await client.views.publish({ user_id: ctx.userId, view: await this.view(ctx) });
  }
}
