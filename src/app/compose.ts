import type { Agenda } from 'agenda';
import type { Db } from 'mongodb';
import { divergenceNotes } from '../calendar/plan-sync-notes.js';
import { calendarAddForm } from '../calendar/calendar-form.js';
import { readinessNote } from '../plan/readiness.js';
import { CALENDAR_TEXT } from '../calendar/messages.js';
import { createFeatureServices, type FeatureServices } from './feature-services.js';
import { featureCommands } from './feature-commands.js';
import type { Config } from '../config/env.js';
import type { Channel } from '../core/ports/channel.js';
import type { Engine } from '../core/ports/engine.js';
import type { Notifier } from '../core/ports/notifier.js';
import { allJobs } from '../jobs/index.js';
import type { JobDefinition } from '../jobs/scheduler.js';
import type { Logger } from '../log/logger.js';
import { IdempotentNotifier } from '../notify/idempotent-notifier.js';
import { RoutingNotifier } from '../notify/routing-notifier.js';
import { applyPlanChannels } from '../settings/apply-plan-channels.js';
import { ensureIndexes, type AnyRepository } from '../store/repository.js';
import { documentLinkMaker, type DocumentLinkMaker } from '../documents/docx/download-link.js';
import { PublicUrl } from '../links/public-url.js';
import { buildEngine } from './build-engine.js';
import { policyOnStepComplete } from '../policy/step-completed.js';
import { reservationNote } from '../activity/reservation-reminder.js';
import { RoutingChannelDirectory } from './channel-directory.js';
import { RoutingPeopleLookup } from './people-lookup.js';
import { NameBackfill } from '../people/name-backfill.js';
import { createRepositories, listRepositories, type Repositories } from './repositories.js';

export interface ComposeOptions {
  db: Db;
  defaults: Config['defaults'];
  log: Logger;
  /** Agenda, once the database answered (undefined before, and always in the terminal chat). */
  scheduler: () => Agenda | undefined;
  clock?: () => Date;
  /** Where the links Boussole hands out point (calendar subscription, Word downloads). */
  publicUrl?: PublicUrl;
}

/** Boussole over one database, before any platform is attached. */
export interface Boussole {
  repositories: Repositories;
  services: FeatureServices;
  engine: Engine;
  /** Proactive posts: once per key across processes, each through its tenant's platform. */
  notifier: Notifier;
  /** Attaches a platform: its posts and channel lookups, and its own collections. */
  register(channel: Channel, repositories?: readonly AnyRepository[]): void;
  /** Every index of every collection, the registered platforms' included. */
  ensureIndexes(): Promise<void>;
  /** Private, short-lived download links to documents' Word copies (Teams' document cards). */
  documentLink: DocumentLinkMaker;
  /** The scheduled jobs, each given only what it uses. */
  jobs(): JobDefinition<never>[];
}

/**
 * The one composition root of Boussole, the same for the server and the terminal chat: the
 * repositories, the feature services, the engine with its commands and forms, what completing a
 * step sets in motion (calendar entries from steps 4 and 6, the channels of step 7), the
 * notifier, and the jobs. It names no platform: each channel adapter registers itself (see
 * channel-adapter.ts), so `src/` imports no adapter.
 */
export function composeBoussole(options: ComposeOptions): Boussole {
  const { log } = options;
  const repositories = createRepositories(options.db, options.clock);
  const adapterRepositories: AnyRepository[] = [];
  const routing = new RoutingNotifier();
  const notifier = new IdempotentNotifier(routing, repositories.notificationKeys);
  const channels = new RoutingChannelDirectory();
  const people = new RoutingPeopleLookup();
  const clock = options.clock ?? (() => new Date());
  const publicUrl = options.publicUrl ?? new PublicUrl(undefined);
  const featureDeps = { repositories, notifier, log, scheduler: options.scheduler, channels, clock, publicUrl };
  const services = createFeatureServices(featureDeps);
  const engine = buildEngine({
    repositories,
    defaults: options.defaults,
    log,
    commands: featureCommands(featureDeps, services),
    forms: [calendarAddForm(services.calendar, readinessNote(repositories.plans))],
    ...(options.clock ? { clock: options.clock } : {}),
    onStepComplete: async (tenantId, step, plan, context) => {
      // Step 7 names the channels for reminders, alerts and the digest: they become the settings.
      if (step === 7) {
        const notes = await applyPlanChannels(tenantId, plan.step(7).answers, channels, services.settings, { conversationId: context.conversationId });
        // The plan is ready: the calendar's drafts dated before go-live get their reminders.
        const released = await services.calendar.releaseDrafts(tenantId);
        const release = released.length > 0 ? [CALENDAR_TEXT.t(context.locale, released.length === 1 ? 'released.one' : 'released.other', { n: released.length })] : [];
        return [...notes.map((note) => note[context.locale]), ...release].map((text) => ({ kind: 'text' as const, text }));
      }
      // Step 3's accounts still to reserve become tasks, recalled by the account-reservations job.
      if (step === 3) return reservationNote(plan.step(3).answers, context.locale);
      // Step 5 leaves the staff policy a draft until it is discussed with staff, then made official.
      if (step === 5) {
        const tenant = await repositories.tenants.findOne(tenantId, { _id: tenantId });
        return policyOnStepComplete(repositories.policyStates, tenantId, plan, context.locale, tenant?.timeZone ?? options.defaults.timeZone, clock());
      }
      // Step 4's calendar and step 6's training sessions become scheduled calendar entries.
      if (step !== 4 && step !== 6) return;
      const stored = await repositories.plans.findOne(tenantId, { _id: tenantId });
      if (!stored) return;
      const { divergences } = await services.calendar.syncPlanEntries(tenantId, stored);
      if (divergences.length === 0) return;
      const tenant = await repositories.tenants.findOne(tenantId, { _id: tenantId });
      return divergenceNotes(divergences, context.locale, tenant?.timeZone ?? options.defaults.timeZone).map((text) => ({ kind: 'text' as const, text }));
    },
  });

  return {
    repositories,
    services,
    engine,
    notifier,
    documentLink: documentLinkMaker({ links: repositories.documentLinks, publicUrl, clock }),
    register(channel, own = []) {
      routing.register(channel.platform, channel.notifier);
      channels.register(channel.platform, channel.directory);
      if (channel.people) people.register(channel.platform, channel.people);
      adapterRepositories.push(...own);
    },
    ensureIndexes: () => ensureIndexes([...listRepositories(repositories), ...adapterRepositories]),
    jobs: () =>
      allJobs({
        tenants: repositories.tenants,
        plans: repositories.plans,
        policy: { policyAcks: repositories.policyAcks, policyStates: repositories.policyStates, users: repositories.userPrefs, nameLinks: repositories.nameLinks },
        notificationKeys: repositories.notificationKeys,
        processedKeys: repositories.processedKeys,
        calendar: repositories.calendar,
        reminders: services.reminders,
        overdue: services.overdue,
        poller: services.poller,
        digest: services.digest,
        review: services.review,
        names: new NameBackfill({ plans: repositories.plans, comments: repositories.comments, calendar: repositories.calendar, users: repositories.userPrefs, people, log }),
        notifier,
        scheduler: options.scheduler,
        clock: services.clock,
        log,
      }),
  };
}
