import type { Db } from 'mongodb';
import { TenantsRepository } from '../tenants/tenant-repository.js';
import { UserPrefsRepository } from '../tenants/user-prefs.js';
import { PlanRepository } from '../plan/plan-repository.js';
import { PolicyAckRepository } from '../policy/ack-repository.js';
import { PolicyStateRepository } from '../policy/policy-state.js';
import { NameLinkRepository } from '../policy/name-links.js';
import { FormSessionRepository } from '../sessions/form-session-repository.js';
import { SessionRepository } from '../sessions/session-repository.js';
import { ProcessedKeys } from '../store/processed-keys.js';
import type { AnyRepository } from '../store/repository.js';
import { CalendarRepository } from '../calendar/calendar-repository.js';
import { CalendarSubscriptions } from '../calendar/ical/subscription-repository.js';
import { DocumentLinks } from '../documents/docx/document-links.js';
import { CommentRepository } from '../comments/comment-repository.js';
import { FeedItemRepository } from '../monitoring/feed-item.js';
import { FeedStateRepository } from '../monitoring/feed-state.js';
import { KpiRepository } from '../kpis/kpi-measurement.js';
import { QualityRatingRepository } from '../kpis/quality-rating.js';
import { ReviewRepository } from '../review/review-record.js';
import { NotificationKeys } from '../notify/notification-keys.js';

/**
 * The repositories of Boussole's core and features over one database. It lives with the
 * composition root because it names them all (`store/` imports none of them); each channel
 * adapter brings its own collections when it is mounted (see ChannelAdapter).
 */
export function createRepositories(db: Db, clock?: () => Date) {
  return {
    tenants: new TenantsRepository(db),
    userPrefs: new UserPrefsRepository(db),
    processedKeys: new ProcessedKeys(db),
    plans: new PlanRepository(db, clock),
    sessions: new SessionRepository(db),
    formSessions: new FormSessionRepository(db),
    policyAcks: new PolicyAckRepository(db),
    policyStates: new PolicyStateRepository(db),
    nameLinks: new NameLinkRepository(db),
    calendar: new CalendarRepository(db),
    calendarSubscriptions: new CalendarSubscriptions(db),
    documentLinks: new DocumentLinks(db),
    comments: new CommentRepository(db),
    feedStates: new FeedStateRepository(db),
    feedItems: new FeedItemRepository(db),
    kpis: new KpiRepository(db),
    qualityRatings: new QualityRatingRepository(db),
    reviews: new ReviewRepository(db),
    notificationKeys: new NotificationKeys(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

export function listRepositories(repositories: Repositories): AnyRepository[] {
  return Object.values(repositories) as AnyRepository[];
}
