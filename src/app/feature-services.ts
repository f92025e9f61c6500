import type { Agenda } from 'agenda';
import type { ChannelDirectory } from '../core/ports/channels.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { Logger } from '../log/logger.js';
import { teamPitfalls } from '../activity/team-pitfalls.js';
import type { PlanRepository } from '../plan/plan-repository.js';
import type { PolicyAckRepository } from '../policy/ack-repository.js';
import type { PolicyStateRepository } from '../policy/policy-state.js';
import type { NameLinkRepository } from '../policy/name-links.js';
import type { UserPrefsRepository } from '../tenants/user-prefs.js';
import type { StepNumber } from '../core/dialogue/types.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import type { CalendarRepository } from '../calendar/calendar-repository.js';
import type { CalendarSubscriptions } from '../calendar/ical/subscription-repository.js';
import { CalendarService } from '../calendar/calendar-service.js';
import type { CommentRepository } from '../comments/comment-repository.js';
import type { FeedItemRepository } from '../monitoring/feed-item.js';
import type { FeedStateRepository } from '../monitoring/feed-state.js';
import type { KpiRepository } from '../kpis/kpi-measurement.js';
import type { QualityRatingRepository } from '../kpis/quality-rating.js';
import type { ReviewRepository } from '../review/review-record.js';
import { ReviewService } from '../review/review-service.js';
import { ReminderDispatcher, type DispatcherOptions } from '../calendar/reminder-dispatcher.js';
import { CommentService } from '../comments/comment-service.js';
import { OverdueScan } from '../comments/overdue-scan.js';
import { DigestService } from '../digest/digest-service.js';
import { KpiService } from '../kpis/kpi-service.js';
import { FeedPoller, type PollerOptions } from '../monitoring/feed-poller.js';
import { SettingsService } from '../settings/settings-service.js';
import type { PublicUrl } from '../links/public-url.js';

/** The repositories the features read and write (the composition root's Repositories has them all). */
export interface FeatureRepositories {
  tenants: TenantsRepository;
  plans: PlanRepository;
  policyAcks: PolicyAckRepository;
  policyStates: PolicyStateRepository;
  /** Everyone who has written to Boussole, with the name last seen. */
  userPrefs: UserPrefsRepository;
  nameLinks: NameLinkRepository;
  calendar: CalendarRepository;
  calendarSubscriptions: CalendarSubscriptions;
  comments: CommentRepository;
  feedItems: FeedItemRepository;
  feedStates: FeedStateRepository;
  kpis: KpiRepository;
  qualityRatings: QualityRatingRepository;
  reviews: ReviewRepository;
}

/** What the features need from the composition root (src/app/compose.ts). */
export interface FeatureDeps {
  repositories: FeatureRepositories;
  /** Already idempotent (IdempotentNotifier over the RoutingNotifier): jobs post through it only. */
  notifier: Notifier;
  log: Logger;
  /** Agenda, once the database answered (undefined before): settings reschedule the digest with it. */
  scheduler: () => Agenda | undefined;
  clock?: () => Date;
  /** Checks the channels named in settings (each platform's own lookup). */
  channels?: ChannelDirectory;
  dispatcher?: DispatcherOptions;
  poller?: PollerOptions;
  /** Where the links Boussole hands out point (the calendar subscription). */
  publicUrl?: PublicUrl;
}

export type FeatureServices = ReturnType<typeof createFeatureServices>;

/** The feature services over the shared repositories, built once per process. */
export function createFeatureServices(deps: FeatureDeps) {
  const r = deps.repositories;
  const clock = deps.clock ?? (() => new Date());
  const kpis = new KpiService(r.kpis, r.qualityRatings);
  return {
    calendar: new CalendarService(r.calendar, r.tenants, clock, r.plans),
    comments: new CommentService(r.comments, clock),
    kpis,
    digest: new DigestService(
      {
        calendar: r.calendar,
        comments: r.comments,
        feedItems: r.feedItems,
        feedStates: r.feedStates,
        kpis,
        policy: { policyAcks: r.policyAcks, policyStates: r.policyStates, users: r.userPrefs, nameLinks: r.nameLinks },
        pitfalls: async (read, tenantId, progress) =>
          (await teamPitfalls({ comments: r.comments, calendar: r.calendar, policyStates: r.policyStates }, tenantId, (step: StepNumber) => read(step), progress)).map((pitfall) => pitfall.text),
      },
      r.tenants,
      r.plans,
      deps.notifier,
    ),
    review: new ReviewService(
      { kpis, comments: r.comments, pitfalls: (read, tenantId, progress) => teamPitfalls({ comments: r.comments, calendar: r.calendar, policyStates: r.policyStates }, tenantId, read, progress) },
      r.reviews,
      deps.notifier,
    ),
    reminders: new ReminderDispatcher(r.calendar, r.tenants, deps.notifier, deps.log, { clock, ...deps.dispatcher }),
    overdue: new OverdueScan(r.comments, r.tenants, deps.notifier, deps.log, clock),
    settings: new SettingsService(r.tenants, deps.scheduler),
    poller: new FeedPoller(r.feedStates, r.feedItems, deps.log, { clock, ...deps.poller }),
    clock,
  };
}
