import type { Express } from 'express';
import type { Logger } from '../log/logger.js';
import type { CalendarSubscriptions } from '../calendar/ical/subscription-repository.js';
import { mountPrivateLink } from './private-link-route.js';
import type { TenantId } from '../core/tenant-id.js';

/** `GET /calendar/<token>.ics`: the team's content calendar for Outlook, Google Calendar, Apple Calendar. */
export function mountCalendarRoute(
  app: Express,
  deps: { subscriptions: CalendarSubscriptions; feed: (tenantId: TenantId) => Promise<string>; log: Logger; limit?: { requests: number; windowMs: number } },
): void {
  mountPrivateLink(app, {
    prefix: '/calendar',
    extension: '.ics',
    log: deps.log,
    ...(deps.limit ? { limit: deps.limit } : {}),
    async resolve(token) {
      const tenantId = await deps.subscriptions.tenantOf(token);
      return tenantId ? { type: 'text/calendar; charset=utf-8', body: await deps.feed(tenantId) } : undefined;
    },
  });
}
