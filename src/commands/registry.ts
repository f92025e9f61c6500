import type { CalendarService } from '../calendar/calendar-service.js';
import { CALENDAR_COMMAND, calendarCommand } from '../calendar/calendar-command.js';
import { calendarSubscribe } from '../calendar/ical/subscribe-command.js';
import type { CalendarSubscriptions } from '../calendar/ical/subscription-repository.js';
import type { PublicUrl } from '../links/public-url.js';
import type { CommentRepository } from '../comments/comment-repository.js';
import type { CommentService } from '../comments/comment-service.js';
import { COMMENT_COMMAND, commentCommand } from '../comments/comment-command.js';
import type { CommandHandler, CommandSpec } from '../core/commands/command.js';
import { CORE_COMMANDS } from '../core/commands/core-commands.js';
import type { ChannelDirectory } from '../core/ports/channels.js';
import { LEADER_COMMAND, leaderCommand } from '../community/leader-command.js';
import { ACCOUNT_COMMAND, accountCommand } from '../activity/account-command.js';
import type { DigestService } from '../digest/digest-service.js';
import { DIGEST_COMMAND, digestCommand } from '../digest/digest-command.js';
import type { KpiService } from '../kpis/kpi-service.js';
import { KPI_COMMAND, kpiCommand } from '../kpis/kpi-command.js';
import type { SettingsService } from '../settings/settings-service.js';
import { SETTINGS_COMMAND, settingsCommand } from '../settings/settings-command.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import type { ReadinessNote } from '../plan/readiness.js';
import type { PlanRepository } from '../plan/plan-repository.js';
import type { ReviewService } from '../review/review-service.js';
import { REVIEW_COMMAND, reviewCommand } from '../review/review-command.js';
import type { PolicyStateRepository } from '../policy/policy-state.js';
import { STAFF_POLICY_COMMAND, staffPolicyCommand } from '../policy/policy-command.js';

/** What the feature commands drive, all together. */
export interface CommandServices {
  calendar: CalendarService;
  comments: CommentService;
  /** The stored comments, read directly by the KPIs Boussole computes. */
  commentRecords: CommentRepository;
  kpis: KpiService;
  digest: DigestService;
  tenants: TenantsRepository;
  settings: SettingsService;
  channels?: ChannelDirectory;
  /** The calendar's private iCalendar links, and where they point. */
  subscriptions: CalendarSubscriptions;
  publicUrl: PublicUrl;
  /** What `calendar add` and `comment add` say when listening and planning are not done. */
  readiness: ReadinessNote;
  /** Step 10's review report. */
  review: ReviewService;
  plans: PlanRepository;
  /** The staff policy's discussion and official state. */
  policyStates: PolicyStateRepository;
}

/** A feature's entry: what it is (known before any service exists) and how to bind its handler. */
export interface FeatureCommandEntry {
  spec: CommandSpec;
  bind(services: CommandServices): CommandHandler;
}

/** The features' commands, in the order help and the Teams menu list them after the core's. */
export const FEATURE_COMMANDS: readonly FeatureCommandEntry[] = [
  { spec: CALENDAR_COMMAND, bind: (s) => calendarCommand(s.calendar, calendarSubscribe({ subscriptions: s.subscriptions, publicUrl: s.publicUrl }), s.readiness) },
  { spec: COMMENT_COMMAND, bind: (s) => commentCommand(s.comments, s.readiness) },
  { spec: KPI_COMMAND, bind: (s) => kpiCommand(s.kpis, s.commentRecords) },
  { spec: DIGEST_COMMAND, bind: (s) => digestCommand(s.digest, s.tenants) },
  { spec: REVIEW_COMMAND, bind: (s) => reviewCommand(s.review, s.tenants, s.plans) },
  { spec: SETTINGS_COMMAND, bind: (s) => settingsCommand(s.settings, s.channels) },
  { spec: STAFF_POLICY_COMMAND, bind: (s) => staffPolicyCommand(s.plans, s.policyStates) },
  { spec: LEADER_COMMAND, bind: (s) => leaderCommand(s.plans) },
  { spec: ACCOUNT_COMMAND, bind: (s) => accountCommand(s.plans) },
];

/**
 * The registry: every command Boussole knows, core and feature, in one list. The router (through
 * the engine), help, the Teams manifest's command menu and command detection all read it; a new
 * command is one entry here (a core one in CORE_COMMANDS).
 */
export const COMMANDS: readonly CommandSpec[] = [...CORE_COMMANDS, ...FEATURE_COMMANDS.map((entry) => entry.spec)];
