import type { CommandHandler } from '../core/commands/command.js';
import { settingsCommand } from '../settings/settings-command.js';
import { calendarCommand } from '../calendar/calendar-command.js';
import { commentCommand } from '../comments/comment-command.js';
import { digestCommand } from '../digest/digest-command.js';
import { createFeatureServices, type FeatureDeps, type FeatureServices } from './feature-services.js';
import { kpiCommand } from '../kpis/kpi-command.js';

/** The feature commands the router registers: calendar, comment, kpi, digest, settings. */
export function featureCommands(deps: FeatureDeps, services: FeatureServices = createFeatureServices(deps)): CommandHandler[] {
  return [
    calendarCommand(services.calendar),
    commentCommand(services.comments),
    kpiCommand(services.kpis, deps.repositories.comments),
    digestCommand(services.digest, deps.repositories.tenants),
    settingsCommand(services.settings, deps.channels),
  ];
}
