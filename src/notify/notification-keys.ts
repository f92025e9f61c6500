import type { Collection, Db, IndexDescription } from 'mongodb';
import { isDuplicateKey } from '../store/duplicate-key.js';

interface NotificationKey {
  _id: string;
  state: 'leased' | 'sent';
  /** While leased: after this instant the holder is presumed dead and the key may be taken over. */
  leaseUntil: Date;
  /** When the document may be purged (FerretDB 1.24 has no TTL index; see `purgeExpired`). */
  expiresAt: Date;
  holder: string;
}

export type ClaimResult = 'claimed' | 'sent' | 'in-flight';

/** Kept longer than any job retries a post (the notifier's default "sent" lifetime). */
const DEFAULT_KEEP_MS = 45 * 24 * 3_600_000;

const sentId = (key: string) => `${key}#sent`;

/**
 * Idempotency keys of outbound posts, with a lease. ProcessedKeys answers only "seen or not", so a
 * process that died between claiming a key and posting would make the post look done for the
 * whole key lifetime: the message would be lost. Here a key is first *leased* (short), then marked
 * *sent* (long) once the platform accepted the post; a lease whose holder died expires and the
 * next attempt takes it over. Like ProcessedKeys, the arbiter is an insert on `_id`, which MongoDB
 * and the embedded FerretDB both enforce atomically across connections.
 */
export class NotificationKeys {
  readonly name = 'notification_keys';
  private readonly collection: Collection<NotificationKey>;

  constructor(db: Db) {
    this.collection = db.collection<NotificationKey>(this.name);
  }

  indexes(): IndexDescription[] {
    return [{ key: { expiresAt: 1 }, name: 'expiresAt' }];
  }

  async ensureIndexes(): Promise<void> {
    await this.collection.createIndexes(this.indexes());
  }

  /**
   * `keepMs`: how long the lease document itself is kept. It outlives the lease (its `leaseUntil`)
   * so that a purge never removes it before the "sent" mark, which would let the key be claimed
   * again.
   */
  async claim(key: string, holder: string, leaseMs: number, now = new Date(), keepMs = DEFAULT_KEEP_MS): Promise<ClaimResult> {
    const lease: NotificationKey = {
      _id: key,
      state: 'leased',
      leaseUntil: new Date(now.getTime() + leaseMs),
      expiresAt: new Date(now.getTime() + Math.max(leaseMs, keepMs)),
      holder,
    };
    try {
      await this.collection.insertOne(lease);
      return 'claimed';
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    if (await this.collection.findOne({ _id: sentId(key) })) return 'sent';
    const existing = await this.collection.findOne({ _id: key });
    if (existing?.state === 'sent') return 'sent';
    if (existing && existing.leaseUntil > now) return 'in-flight';
    // The holder's lease ran out (it died or hung): remove its lease, then race on the insert again.
    await this.collection.deleteOne({ _id: key, state: 'leased', leaseUntil: { $lte: now } });
    try {
      await this.collection.insertOne(lease);
      return 'claimed';
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return (await this.collection.findOne({ _id: sentId(key) })) ? 'sent' : 'in-flight';
    }
  }

  /**
   * The post went out: a second document, `<key>#sent`, kept for `keepMs` so retries see a
   * duplicate. An insert rather than an update of the lease: on the embedded FerretDB an update
   * scans the collection (37 ms at 10,000 keys) while an insert is checked by SQLite's unique
   * index, so the common path — lease, post, mark — stays cheap however many keys there are. Even
   * if our lease had expired and been taken over meanwhile, our post did go out, so "sent" is the
   * truth; a second mark for the same key is a duplicate insert, ignored.
   */
  async markSent(key: string, holder: string, keepMs: number, now = new Date()): Promise<void> {
    try {
      await this.collection.insertOne({ _id: sentId(key), state: 'sent', holder, leaseUntil: now, expiresAt: new Date(now.getTime() + keepMs) });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /** The post failed: give the lease back so a retry can happen at once. */
  async release(key: string, holder: string): Promise<void> {
    await this.collection.deleteOne({ _id: key, holder, state: 'leased' });
  }

  async purgeExpired(now = new Date()): Promise<number> {
    return (await this.collection.deleteMany({ expiresAt: { $lte: now } })).deletedCount;
  }
}
