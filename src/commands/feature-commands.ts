import type { CommandHandler } from '../core/commands/command.js';
import { settingsCommand } from '../settings/settings-command.js';
import { calendarCommand } from './calendar-command.js';
import { calendarSubscribe } from '../calendar/ical/subscribe-command.js';
import { PublicUrl } from '../links/public-url.js';
import { commentCommand } from './comment-command.js';
import { digestCommand } from './digest-command.js';
import { createFeatureServices, type FeatureDeps, type FeatureServices } from './feature-services.js';
import { kpiCommand } from './kpi-command.js';

/** The feature commands the router registers: calendar, comment, kpi, digest, settings. */
export function featureCommands(deps: FeatureDeps, services: FeatureServices = createFeatureServices(deps)): CommandHandler[] {
  return [
    calendarCommand(services.calendar, calendarSubscribe({ subscriptions: deps.repositories.calendarSubscriptions, publicUrl: deps.publicUrl ?? new PublicUrl(undefined) })),
    commentCommand(services.comments),
    kpiCommand(services.kpis, deps.repositories.comments),
    digestCommand(services.digest, deps.repositories.tenants),
    settingsCommand(services.settings, deps.channels),
  ];
}
