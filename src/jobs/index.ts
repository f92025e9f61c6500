import { createFeatureServices, type FeatureDeps, type FeatureServices } from '../commands/feature-services.js';
import { calendarRemindersJob } from './calendar-reminders.js';
import { calendarUpgradeJob } from './calendar-upgrade.js';
import { commentScanJob } from './comment-scan.js';
import { digestSchedulesJob } from './digest-schedules.js';
import { feedPollJob } from './feed-poll.js';
import { kpiCheckinsJob } from './kpi-checkins.js';
import { policyRemindersJob } from './policy-reminders.js';
import { purgeKeysJob } from './purge-keys.js';
import type { JobDefinition } from './scheduler.js';
import { stalledNudgeJob } from './stalled-nudge.js';
import { weeklyDigestJob, weeklyDigestRetryJob } from './weekly-digest.js';

/**
 * Every job Boussole runs; each lives in its own file in this folder. Pass the services when the
 * commands share them (one set per process), else they are built here.
 */
export function allJobs(deps: FeatureDeps, services: FeatureServices = createFeatureServices(deps)): JobDefinition<never>[] {
  return [
    calendarRemindersJob(services, deps),
    calendarUpgradeJob(deps),
    commentScanJob(services, deps),
    feedPollJob(services, deps),
    weeklyDigestJob(services, deps),
    weeklyDigestRetryJob(services, deps),
    digestSchedulesJob(deps),
    kpiCheckinsJob(services, deps),
    policyRemindersJob(services, deps),
    stalledNudgeJob(services, deps),
    purgeKeysJob(deps),
  ];
}
