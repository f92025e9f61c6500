import { randomBytes } from 'node:crypto';
import { isDuplicateKey } from '../store/duplicate-key.js';
import { compact } from '../util/compact.js';
import type { Comment } from './comment.js';
import type { CommentRepository } from './comment-repository.js';
import type { Routing } from './playbook.js';
import type { TenantId } from '../core/tenant-id.js';

export interface NewComment {
  platform: string;
  author: string;
  link?: string;
  text: string;
  kind: string;
  createdBy?: string;
}

export type AnswerResult = { ok: true; comment: Comment } | { ok: false; reason: 'not-found' | 'already-answered' };

const HOUR = 3_600_000;
const newRef = () => randomBytes(3).readUIntBE(0, 3).toString(36).padStart(4, '0').slice(-4);

/** The comment log: comments that need an answer, who owes it and by when. */
export class CommentService {
  constructor(
    private readonly comments: CommentRepository,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async add(tenantId: TenantId, input: NewComment, routing: Routing): Promise<Comment> {
    const now = this.clock();
    const dueAt = new Date(now.getTime() + routing.delayHours * HOUR);
    for (let attempt = 0; ; attempt++) {
      const ref = newRef();
      try {
        return await this.comments.insert(
          compact({
            _id: `${tenantId}|${ref}`,
            tenantId,
            ref,
            ...input,
            receivedAt: now,
            dueAt,
            escalateAt: new Date(now.getTime() + 2 * routing.delayHours * HOUR),
            delayHours: routing.delayHours,
            assignee: routing.assignee,
            backup: routing.backup,
            escalationContact: routing.escalationContact,
            supervisor: routing.supervisor,
            status: 'open' as const,
            nextCheckAt: dueAt,
          }),
        );
      } catch (error) {
        if (!isDuplicateKey(error) || attempt >= 5) throw error;
      }
    }
  }

  async open(tenantId: TenantId, limit = 20): Promise<Comment[]> {
    return this.comments.findMany(tenantId, { status: 'open' }, { sort: { dueAt: 1 }, limit });
  }

  async overdue(tenantId: TenantId, limit = 20): Promise<Comment[]> {
    return this.comments.findMany(tenantId, { status: 'open', dueAt: { $lte: this.clock() } }, { sort: { dueAt: 1 }, limit });
  }

  /** Records the answer and its response time; the scan stops watching the comment. */
  async markAnswered(tenantId: TenantId, ref: string, by: string): Promise<AnswerResult> {
    const now = this.clock();
    const current = await this.comments.findOne(tenantId, { ref: ref.toLowerCase() });
    if (!current) return { ok: false, reason: 'not-found' };
    if (current.status === 'answered') return { ok: false, reason: 'already-answered' };
    const responseMinutes = Math.max(0, Math.round((now.getTime() - current.receivedAt.getTime()) / 60_000));
    const updated = await this.comments.update(
      tenantId,
      { _id: current._id, status: 'open' },
      { $set: { status: 'answered', answeredAt: now, answeredBy: by, responseMinutes }, $unset: { nextCheckAt: true } },
    );
    return updated ? { ok: true, comment: updated } : { ok: false, reason: 'already-answered' };
  }
}
