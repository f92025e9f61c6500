import type { Db, IndexDescription } from 'mongodb';
import { TenantRepository } from '../store/repository.js';
import { commentSchema, type Comment } from './comment.js';
import type { TenantId } from '../core/tenant-id.js';

/** Documents per batch of the week's figures: ~100 bytes each once projected, far below 16 MB. */
const WEEK_BATCH = 10_000;

export class CommentRepository extends TenantRepository<Comment> {
  constructor(db: Db) {
    super(db, 'comments', commentSchema);
  }

  indexes(): IndexDescription[] {
    return [
      { key: { tenantId: 1, ref: 1 }, name: 'tenant_ref', unique: true },
      { key: { tenantId: 1, receivedAt: 1 }, name: 'tenant_received' },
      { key: { tenantId: 1, answeredAt: 1 }, name: 'tenant_answered' },
      { key: { tenantId: 1, status: 1, dueAt: 1 }, name: 'tenant_status_due' },
      { key: { nextCheckAt: 1 }, name: 'nextCheckAt' },
    ];
  }

  /** Comments the overdue scan must look at, across tenants (its one query that is not tenant-scoped). */
  async toCheckAcrossTenants(now: Date, limit: number): Promise<Comment[]> {
    const docs = await this.collection.find({ nextCheckAt: { $lte: now } }).sort({ nextCheckAt: 1 }).limit(limit).toArray();
    return docs.map((doc) => this.parse(doc));
  }

  /** How many comments of each kind the team logged, in one read (each read is a scan on the embedded server). */
  async countByKind(tenantId: TenantId): Promise<Map<string, number>> {
    const rows = await this.collection.aggregate<{ _id: string; n: number }>([{ $match: { tenantId } }, { $group: { _id: '$kind', n: { $sum: 1 } } }]).toArray();
    return new Map(rows.map((row) => [row._id, row.n]));
  }

  async countReceived(tenantId: TenantId, from: Date, to: Date): Promise<number> {
    return this.count(tenantId, { receivedAt: { $gte: from, $lt: to } });
  }

  async countAnswered(tenantId: TenantId, from: Date, to: Date): Promise<number> {
    return this.count(tenantId, { answeredAt: { $gte: from, $lt: to } });
  }

  async countOverdue(tenantId: TenantId, now: Date): Promise<number> {
    return this.count(tenantId, { status: 'open', dueAt: { $lte: now } });
  }

  /**
   * Median response time (minutes) of the comments answered in [from, to): one count, then the
   * middle value(s) read by sort + skip, so only one or two documents leave the server.
   */
  async medianResponseMinutes(tenantId: TenantId, from: Date, to: Date): Promise<number | undefined> {
    const filter = this.scoped(tenantId, { answeredAt: { $gte: from, $lt: to } });
    const n = await this.collection.countDocuments(filter);
    if (n === 0) return undefined;
    const skip = Math.floor((n - 1) / 2);
    const middle = await this.collection
      .find(filter, { projection: { responseMinutes: 1 } })
      .sort({ responseMinutes: 1 })
      .skip(skip)
      .limit(n % 2 === 0 ? 2 : 1)
      .toArray();
    const values = middle.map((doc) => doc.responseMinutes ?? 0);
    return values.reduce((a, b) => a + b, 0) / values.length;
  }

  /**
   * The week's comment figures in one read: received and answered in [from, to), the median
   * response time of those answered, and the open ones overdue at `to`. One query whose result is
   * the open comments and the week's answers, not the tenant's history: on MongoDB it uses the
   * `tenant_answered` index (open comments are those without `answeredAt`); on the embedded
   * FerretDB, which scans for each query, it is one scan instead of five.
   */
  async weekFigures(tenantId: TenantId, from: Date, to: Date): Promise<{ received: number; answered: number; overdue: number; medianResponseMinutes?: number }> {
    const docs = await this.collection
      .find(
        // Every comment the figures count, in one condition on one field: still open (no
        // `answeredAt`), or answered since `from`. A comment received in the week is one of them,
        // since it is answered after it is received. The exact sets are counted below. On the
        // embedded server this reads as fast as a plain scan; the same as three `$or` branches
        // cost a fifth more (bench digest).
        this.scoped(tenantId, { answeredAt: { $not: { $lt: from } } }),
        // Large batches: the documents are a few projected fields, and each getMore is a round trip
        // the embedded server answers by resuming its scan.
        { projection: { _id: 0, receivedAt: 1, answeredAt: 1, status: 1, dueAt: 1, responseMinutes: 1 }, batchSize: WEEK_BATCH },
      )
      .toArray();
    const within = (d: unknown) => d instanceof Date && d >= from && d < to;
    const minutes = docs.filter((d) => within(d.answeredAt)).map((d) => d.responseMinutes ?? 0).sort((a, b) => a - b);
    const mid = Math.floor((minutes.length - 1) / 2);
    const median = minutes.length === 0 ? undefined : minutes.length % 2 ? minutes[mid] : (minutes[mid]! + minutes[mid + 1]!) / 2;
    return {
      received: docs.filter((d) => within(d.receivedAt)).length,
      answered: minutes.length,
      overdue: docs.filter((d) => d.status === 'open' && d.dueAt instanceof Date && d.dueAt <= to).length,
      ...(median === undefined ? {} : { medianResponseMinutes: median }),
    };
  }
}
