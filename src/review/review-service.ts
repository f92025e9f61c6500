import { DateTime } from 'luxon';
import { readStep10 } from '../../conversations/step-10-evaluate.js';
import type { Locale } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import type { Notifier } from '../core/ports/notifier.js';
import { deliverAll, type DeliveryReport } from '../notify/deliver.js';
import { channelOrOwners, targetKey, userTarget } from '../notify/tenant-targets.js';
import { stepOf, type Plan } from '../plan/plan.js';
import type { Tenant } from '../tenants/tenant.js';
import { collectReview, type ReviewSources } from './review-data.js';
import { dueReview } from './review-due.js';
import type { ReviewRepository } from './review-record.js';
import { renderReview } from './review-render.js';

/**
 * Step 10's "evaluate and adjust", at the cadence the team chose: the review report, sent to the
 * owners on each date of step 10's review series, once. What it saw is stored with it, so the
 * next report says what moved since.
 */
export class ReviewService {
  constructor(
    private readonly sources: ReviewSources,
    private readonly reviews: ReviewRepository,
    private readonly notifier: Notifier,
  ) {}

  /**
   * The review as it would read today, for the `bilan` command: compared with the last review
   * sent, and neither stored nor posted.
   */
  async preview(tenant: Tenant, plan: Plan | null, now: Date, locale: Locale): Promise<Reply[]> {
    if (!plan) return [];
    const due = DateTime.fromJSDate(now, { zone: tenant.timeZone }).toISODate()!;
    const cadence = readStep10(stepOf(plan, 10).answers).reviewCadence ?? '';
    const data = await collectReview(this.sources, tenant, plan, due, cadence, await this.reviews.last(tenant.tenantId), now);
    return renderReview(data, locale);
  }

  /** Sends the review that has come, if it was not sent yet; undefined when none is due. */
  async sendIfDue(tenant: Tenant, plan: Plan | null, now: Date): Promise<DeliveryReport | undefined> {
    const due = dueReview(plan, tenant.timeZone, now)?.toISODate();
    if (!plan || !due) return undefined;
    const id = `${tenant.tenantId}|${due}`;
    if (await this.reviews.findOne(tenant.tenantId, { _id: id })) return undefined;
    const previous = await this.reviews.last(tenant.tenantId);
    const cadence = readStep10(stepOf(plan, 10).answers).reviewCadence ?? '';
    const data = await collectReview(this.sources, tenant, plan, due, cadence, previous, now);
    const message = renderReview(data, tenant.locale);
    // The owners decide what to reopen; a team without owners gets it in its digest channel.
    const targets = tenant.owners.length > 0 ? tenant.owners.map((owner) => userTarget(tenant.tenantId, owner)) : channelOrOwners(tenant, 'digest');
    const report = await deliverAll(this.notifier, targets.map((target) => ({ target, message, key: `review:${id}:${targetKey(target)}` })));
    // Recorded once delivered everywhere: a run that failed somewhere retries, and the keys keep
    // the reached targets from a second copy.
    if (report.settled) await this.reviews.save({ _id: id, tenantId: tenant.tenantId, due, sentAt: now, seen: data.seen });
    return report;
  }
}
