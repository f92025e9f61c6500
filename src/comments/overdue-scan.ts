import type { Logger } from '../log/logger.js';
import type { Notifier, NotifyTarget } from '../core/ports/notifier.js';
import type { Tenant } from '../tenants/tenant.js';
import type { TenantsRepository } from '../tenants/tenant-repository.js';
import { deliverAll } from '../notify/deliver.js';
import { channelTarget, targetKey, userTarget } from '../notify/tenant-targets.js';
import { alertMessage } from './alert-messages.js';
import type { Comment } from './comment.js';
import type { CommentRepository } from './comment-repository.js';

export interface ScanReport {
  alerts: number;
  escalations: number;
  retrying: number;
}

/**
 * The overdue-comment scan (every 5 minutes): the first alert when a comment's due time passes,
 * the escalation at twice the delay. Each post's key is `cmt:<comment>:<stage>:<target>`, so a
 * stage is posted once however many runs or processes see it; the comment then records the stage
 * and the next time it needs a look.
 */
export class OverdueScan {
  constructor(
    private readonly comments: CommentRepository,
    private readonly tenants: TenantsRepository,
    private readonly notifier: Notifier,
    private readonly log?: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async run(batchSize = 500): Promise<ScanReport> {
    const report: ScanReport = { alerts: 0, escalations: 0, retrying: 0 };
    const cache = new Map<string, Tenant | null>();
    for (let round = 0; round < 1000; round++) {
      const now = this.clock();
      const batch = await this.comments.toCheckAcrossTenants(now, batchSize);
      if (batch.length === 0) break;
      for (const comment of batch) {
        try {
          await this.handle(comment, cache, now, report);
        } catch (error) {
          this.log?.warn({ err: error, comment: comment._id }, 'overdue comment alert failed; retried on the next scan');
          await this.postpone(comment, now, 5 * 60_000).catch(() => {});
        }
      }
    }
    return report;
  }

  private targets(tenant: Tenant, users: Array<Comment['assignee']>): NotifyTarget[] {
    const targets: NotifyTarget[] = [];
    const channel = channelTarget(tenant, 'alerts');
    if (channel) targets.push(channel);
    for (const user of users) if (user && !targets.some((t) => t.kind === 'user' && t.userId === user.id)) targets.push(userTarget(tenant.tenantId, user.id));
    if (targets.length === 0) targets.push(...tenant.owners.map((owner) => userTarget(tenant.tenantId, owner)));
    return targets;
  }

  private async handle(comment: Comment, cache: Map<string, Tenant | null>, now: Date, report: ScanReport): Promise<void> {
    if (!cache.has(comment.tenantId)) cache.set(comment.tenantId, await this.tenants.findOne(comment.tenantId, { _id: comment.tenantId }));
    const tenant = cache.get(comment.tenantId);
    if (comment.status !== 'open' || !tenant) {
      await this.comments.update(comment.tenantId, { _id: comment._id }, { $unset: { nextCheckAt: true } });
      return;
    }
    const escalationDue = comment.escalateAt.getTime() <= now.getTime();
    if (comment.alertedAt && !escalationDue) {
      // Looked at early (a retry delay set by an overlapping scan): wait for the escalation time.
      await this.comments.update(comment.tenantId, { _id: comment._id, status: 'open' }, { $set: { nextCheckAt: comment.escalateAt } });
      return;
    }
    // A scan that missed the first threshold (downtime) sends the escalation alone: the alert is moot by then.
    const stage: 'alert' | 'escalation' = escalationDue ? 'escalation' : 'alert';
    const users = stage === 'alert' ? [comment.assignee] : [comment.backup, comment.escalationContact, comment.supervisor];
    const message = alertMessage(comment, stage, tenant.locale, tenant.timeZone);
    const delivery = await deliverAll(
      this.notifier,
      this.targets(tenant, users).map((target) => ({ target, message, key: `cmt:${comment._id}:${stage}:${targetKey(target)}` })),
    );
    if (!delivery.settled) {
      report.retrying++;
      await this.postpone(comment, now, 5 * 60_000);
      return;
    }
    if (stage === 'alert') {
      report.alerts++;
      await this.comments.update(comment.tenantId, { _id: comment._id, status: 'open' }, { $set: { alertedAt: now, nextCheckAt: comment.escalateAt } });
    } else {
      report.escalations++;
      await this.comments.update(
        comment.tenantId,
        { _id: comment._id, status: 'open' },
        { $set: { escalatedAt: now, ...(comment.alertedAt ? {} : { alertedAt: now }) }, $unset: { nextCheckAt: true } },
      );
    }
  }

  private async postpone(comment: Comment, now: Date, ms: number): Promise<void> {
    await this.comments.update(comment.tenantId, { _id: comment._id, status: 'open' }, { $set: { nextCheckAt: new Date(now.getTime() + ms) } });
  }
}
