import type { Express } from 'express';
import type { Repositories } from '../app/repositories.js';
import { calendarFeedSource } from '../calendar/ical/feed-source.js';
import type { Logger } from '../log/logger.js';
import { mountCalendarRoute } from './calendar-route.js';
import { mountDocumentRoute } from './document-route.js';

/** The private links Boussole hands out, on its HTTP app: the calendar subscription and the Word downloads. */
export function mountPrivateLinks(
  app: Express,
  deps: { repositories: Pick<Repositories, 'tenants' | 'calendar' | 'plans' | 'calendarSubscriptions' | 'documentLinks'>; defaults: { locale: 'fr' | 'en'; timeZone: string }; log: Logger; clock?: () => Date },
): void {
  const { repositories: r, log } = deps;
  const clock = deps.clock ? { clock: deps.clock } : {};
  const feed = calendarFeedSource({ tenants: r.tenants, calendar: r.calendar, plans: r.plans, defaults: deps.defaults, ...clock });
  mountCalendarRoute(app, { subscriptions: r.calendarSubscriptions, feed, log });
  mountDocumentRoute(app, { links: r.documentLinks, log, ...clock });
}
