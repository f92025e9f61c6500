import { beforeAll, describe, expect, it } from 'vitest';
import { CommentService } from '../../src/comments/comment-service.js';
import { OverdueScan } from '../../src/comments/overdue-scan.js';
import { routeComment } from '../../src/comments/playbook.js';
import { IdempotentNotifier } from '../../src/notify/idempotent-notifier.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, silentLog, tenantDoc } from '../support/feature-fixtures.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
let repositories: Repositories;
beforeAll(async () => {
  repositories = await featureRepositories(db);
  await repositories.tenants.insert(tenantDoc(asTenant('slack:CMT'), { locale: 'en' }));
});

const item = (answers: Record<string, unknown>) => ({ _at: '2026-01-01T00:00:00Z', answers: answers as never });
const step4 = {
  playbook: { items: { r1: item({ kind: 'angry', assignee: { id: 'U-ang', name: 'Angie' }, delayHours: 2 }), r2: item({ kind: 'question', role: 'Service desk', delayHours: 4 }) } },
  escalationContact: { id: 'U-pr', name: 'PR Lead' },
};
const step6 = { communityManager: { id: 'U-cm', name: 'Cam' }, backup: { id: 'U-bk', name: 'Bea' } };

describe('comment routing from the 4d playbook', () => {
  it('takes the row for the kind, else the community manager and the default delay', () => {
    expect(routeComment('angry', step4, step6)).toMatchObject({ assignee: { id: 'U-ang' }, delayHours: 2, backup: { id: 'U-bk' }, escalationContact: { id: 'U-pr' } });
    expect(routeComment('question', step4, step6)).toMatchObject({ assignee: { id: 'U-cm' }, delayHours: 4 });
    expect(routeComment('satisfied', step4, step6)).toMatchObject({ assignee: { id: 'U-cm' }, delayHours: 24 });
  });
});

describe('overdue comments', () => {
  it('alerts the assignee when due passes, escalates at twice the delay, each exactly once', async () => {
    let clock = new Date('2026-04-01T12:00:00Z');
    const notifier = new RecordingNotifier();
    const idempotent = new IdempotentNotifier(notifier, repositories.notificationKeys, { now: () => clock });
    const comments = new CommentService(repositories.comments, () => clock);
    const scan = new OverdueScan(repositories.comments, repositories.tenants, idempotent, silentLog, () => clock);
    const comment = await comments.add(asTenant('slack:CMT'), { platform: 'facebook', author: 'Jean', text: 'Scandaleux !', kind: 'angry' }, routeComment('angry', step4, step6));
    expect(comment.dueAt.toISOString()).toBe('2026-04-01T14:00:00.000Z');
    expect(comment.escalateAt.toISOString()).toBe('2026-04-01T16:00:00.000Z');

    clock = new Date('2026-04-01T13:59:00Z');
    await scan.run();
    expect(notifier.posts).toHaveLength(0);

    clock = new Date('2026-04-01T14:01:00Z');
    await Promise.all([scan.run(), scan.run()]); // two overlapping scans, as two processes would run them
    await scan.run();
    expect(notifier.posts.map((p) => p.target)).toEqual([
      { kind: 'channel', tenantId: asTenant('slack:CMT'), channelId: 'C-alerts' },
      { kind: 'user', tenantId: asTenant('slack:CMT'), userId: 'U-ang' },
    ]);
    expect(notifier.texts()[0]).toContain('Comment waiting');

    clock = new Date('2026-04-01T16:01:00Z');
    await scan.run();
    await scan.run();
    const escalations = notifier.posts.slice(2);
    expect(escalations.map((p) => p.target)).toEqual([
      { kind: 'channel', tenantId: asTenant('slack:CMT'), channelId: 'C-alerts' },
      { kind: 'user', tenantId: asTenant('slack:CMT'), userId: 'U-bk' },
      { kind: 'user', tenantId: asTenant('slack:CMT'), userId: 'U-pr' },
    ]);
    expect(escalations[0]!.message[0]).toMatchObject({ kind: 'text', text: expect.stringContaining('Escalation') });
    expect([...notifier.counts().values()].every((n) => n === 1)).toBe(true);

    clock = new Date('2026-04-02T10:00:00Z');
    const answered = await comments.markAnswered(asTenant('slack:CMT'), comment.ref, 'U-ang');
    expect(answered.ok && answered.comment.responseMinutes).toBe(22 * 60);
    await scan.run();
    expect(notifier.posts).toHaveLength(5);
  });

  it('a comment answered before its due time is never alerted', async () => {
    let clock = new Date('2026-04-05T12:00:00Z');
    const notifier = new RecordingNotifier();
    const comments = new CommentService(repositories.comments, () => clock);
    const scan = new OverdueScan(repositories.comments, repositories.tenants, notifier, silentLog, () => clock);
    const comment = await comments.add(asTenant('slack:CMT'), { platform: 'x', author: 'Zoé', text: 'Quand ouvrez-vous ?', kind: 'question' }, routeComment('question', step4, step6));
    clock = new Date('2026-04-05T13:00:00Z');
    expect((await comments.markAnswered(asTenant('slack:CMT'), comment.ref, 'U-cm')).ok).toBe(true);
    clock = new Date('2026-04-06T13:00:00Z');
    await scan.run();
    expect(notifier.posts).toHaveLength(0);
    expect(await repositories.comments.medianResponseMinutes(asTenant('slack:CMT'), new Date('2026-04-05T00:00:00Z'), clock)).toBe(60);
  });
});
