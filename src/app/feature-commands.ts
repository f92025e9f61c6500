import type { CommandHandler } from '../core/commands/command.js';
import { createFeatureServices, type FeatureDeps, type FeatureServices } from './feature-services.js';
import { PublicUrl } from '../links/public-url.js';
import { FEATURE_COMMANDS } from '../commands/registry.js';
import { readinessNote } from '../plan/readiness.js';

/** The feature commands of the registry, bound to this process's services, for the engine. */
export function featureCommands(deps: FeatureDeps, services: FeatureServices = createFeatureServices(deps)): CommandHandler[] {
  const bound = {
    calendar: services.calendar,
    comments: services.comments,
    commentRecords: deps.repositories.comments,
    kpis: services.kpis,
    digest: services.digest,
    tenants: deps.repositories.tenants,
    plans: deps.repositories.plans,
    policyStates: deps.repositories.policyStates,
    settings: services.settings,
    subscriptions: deps.repositories.calendarSubscriptions,
    publicUrl: deps.publicUrl ?? new PublicUrl(undefined),
    readiness: readinessNote(deps.repositories.plans),
    review: services.review,
    ...(deps.channels ? { channels: deps.channels } : {}),
  };
  return FEATURE_COMMANDS.map((entry) => entry.bind(bound));
}
