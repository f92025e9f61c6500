import type { Agenda } from 'agenda';
import { calendarAddForm } from '../calendar/calendar-form.js';
import { createFeatureServices, type FeatureDeps, type FeatureServices } from '../commands/feature-services.js';
import { featureCommands } from '../commands/feature-commands.js';
import type { Engine } from '../core/ports/engine.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { Logger } from '../log/logger.js';
import { PublicUrl } from '../links/public-url.js';
import { documentLinkMaker, type DocumentLinkMaker } from '../documents/docx/download-link.js';
import { applyPlanChannels } from '../settings/apply-plan-channels.js';
import { buildEngine } from './build-engine.js';
import { RoutingChannelDirectory } from './channel-directory.js';
import type { Repositories } from './repositories.js';

export interface Assembly {
  engine: Engine;
  services: FeatureServices;
  featureDeps: FeatureDeps;
  /** Platform adapters register their channel lookups here. */
  channels: RoutingChannelDirectory;
  /** Private download links to documents' Word copies (Teams' document cards). */
  documentLink: DocumentLinkMaker;
}

/**
 * The engine with every feature behind it — the same for the server and the terminal chat:
 * feature commands, and what completing a step sets in motion (calendar entries from steps 4 and
 * 6, the channels of step 7).
 */
export function assemble(options: {
  repositories: Repositories;
  defaults: { locale: 'fr' | 'en'; timeZone: string };
  log: Logger;
  notifier: Notifier;
  scheduler: () => Agenda | undefined;
  clock?: () => Date;
  publicUrl?: PublicUrl;
}): Assembly {
  const { repositories, log } = options;
  const channels = new RoutingChannelDirectory();
  const featureDeps: FeatureDeps = {
    repositories,
    notifier: options.notifier,
    log,
    scheduler: options.scheduler,
    channels,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  };
  const services = createFeatureServices(featureDeps);
  const engine = buildEngine({
    repositories,
    defaults: options.defaults,
    log,
    commands: featureCommands(featureDeps, services),
    forms: [calendarAddForm(services.calendar)],
    ...(options.clock ? { clock: options.clock } : {}),
    onStepComplete: async (tenantId, step, plan, context) => {
      // Step 7 names the channels for reminders, alerts and the digest: they become the settings.
      if (step === 7) {
        const notes = await applyPlanChannels(tenantId, plan.step(7).answers, channels, services.settings, { conversationId: context.conversationId });
        return notes.map((note) => ({ kind: 'text' as const, text: note[context.locale] }));
      }
      // Step 4's calendar and step 6's training sessions become scheduled calendar entries.
      if (step !== 4 && step !== 6) return;
      const stored = await repositories.plans.findOne(tenantId, { _id: tenantId });
      if (stored) await services.calendar.syncPlanEntries(tenantId, stored);
    },
  });
  const publicUrl = options.publicUrl ?? new PublicUrl(undefined);
  const documentLink = documentLinkMaker({ links: repositories.documentLinks, publicUrl, ...(options.clock ? { clock: options.clock } : {}) });
  return { engine, services, featureDeps, channels, documentLink };
}
