import type { Agenda } from 'agenda';
import type { Notifier } from '../core/ports/notifier.js';
import type { Logger } from '../log/logger.js';
import type { NotificationKeys } from '../notify/notification-keys.js';
import type { NameBackfill } from '../people/name-backfill.js';
import type { PlanRepository } from '../plan/plan-repository.js';
import type { PolicyFiguresSources } from '../policy/ack-figures.js';
import type { ProcessedKeys } from '../store/processed-keys.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import type { CalendarRepository } from '../calendar/calendar-repository.js';
import type { ReminderDispatcher } from '../calendar/reminder-dispatcher.js';
import type { OverdueScan } from '../comments/overdue-scan.js';
import type { DigestService } from '../digest/digest-service.js';
import type { FeedPoller } from '../monitoring/feed-poller.js';
import type { ReviewService } from '../review/review-service.js';
import { reviewReportJob } from './review-report.js';
import { calendarRemindersJob } from './calendar-reminders.js';
import { calendarUpgradeJob } from './calendar-upgrade.js';
import { commentScanJob } from './comment-scan.js';
import { digestSchedulesJob } from './digest-schedules.js';
import { feedPollJob } from './feed-poll.js';
import { kpiCheckinsJob } from './kpi-checkins.js';
import { policyRemindersJob } from './policy-reminders.js';
import { policyDiscussionCheckJob } from './policy-discussion-check.js';
import { accountReservationsJob } from './account-reservations.js';
import { peopleNamesJob } from './people-names.js';
import { purgeKeysJob } from './purge-keys.js';
import type { JobDefinition } from './scheduler.js';
import { stalledNudgeJob } from './stalled-nudge.js';
import { weeklyDigestJob, weeklyDigestRetryJob } from './weekly-digest.js';

/** Everything some job uses; each job below is handed only its own part. */
export interface JobDeps {
  tenants: TenantsRepository;
  plans: PlanRepository;
  /** The staff policy: its state, acknowledgements and the people it concerns. */
  policy: PolicyFiguresSources;
  notificationKeys: NotificationKeys;
  processedKeys: ProcessedKeys;
  calendar: CalendarRepository;
  reminders: ReminderDispatcher;
  overdue: OverdueScan;
  poller: FeedPoller;
  digest: DigestService;
  review: ReviewService;
  /** Names for people stored by id only. */
  names: Pick<NameBackfill, 'run'>;
  /** Already idempotent: jobs post through it only. */
  notifier: Notifier;
  scheduler: () => Agenda | undefined;
  clock: () => Date;
  log: Logger;
}

/** Every job Boussole runs; each lives in its own file in this folder. */
export function allJobs(d: JobDeps): JobDefinition<never>[] {
  const { tenants, plans, notifier, clock, log } = d;
  return [
    calendarRemindersJob({ reminders: d.reminders, log }),
    calendarUpgradeJob({ calendar: d.calendar, clock, log }),
    commentScanJob({ overdue: d.overdue, log }),
    feedPollJob({ tenants, plans, poller: d.poller, log }),
    weeklyDigestJob({ digest: d.digest, clock, scheduler: d.scheduler, log }),
    weeklyDigestRetryJob({ digest: d.digest, clock, scheduler: d.scheduler, log }),
    digestSchedulesJob({ tenants, scheduler: d.scheduler }),
    kpiCheckinsJob({ tenants, plans, notifier, clock, log }),
    policyRemindersJob({ tenants, plans, notifier, policy: d.policy, clock, log }),
    policyDiscussionCheckJob({ tenants, plans, notifier, policyStates: d.policy.policyStates, clock, log }),
    accountReservationsJob({ tenants, plans, notifier, clock, log }),
    stalledNudgeJob({ tenants, plans, notifier, clock, log }),
    reviewReportJob({ tenants, plans, review: d.review, clock, log }),
    peopleNamesJob({ tenants, plans, names: d.names, log }),
    purgeKeysJob({ notificationKeys: d.notificationKeys, processedKeys: d.processedKeys, log }),
  ];
}
