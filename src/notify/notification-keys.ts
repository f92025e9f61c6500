import type { Collection, Db, IndexDescription } from 'mongodb';
import { MongoServerError } from 'mongodb';

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

const isDuplicate = (error: unknown) => error instanceof MongoServerError && error.code === 11000;

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

  async claim(key: string, holder: string, leaseMs: number, now = new Date()): Promise<ClaimResult> {
    const lease: NotificationKey = {
      _id: key,
      state: 'leased',
      leaseUntil: new Date(now.getTime() + leaseMs),
      expiresAt: new Date(now.getTime() + leaseMs),
      holder,
    };
    try {
      await this.collection.insertOne(lease);
      return 'claimed';
    } catch (error) {
      if (!isDuplicate(error)) throw error;
    }
    const existing = await this.collection.findOne({ _id: key });
    if (existing?.state === 'sent') return 'sent';
    if (existing && existing.leaseUntil > now) return 'in-flight';
    // The holder's lease ran out (it died or hung): remove its lease, then race on the insert again.
    await this.collection.deleteOne({ _id: key, state: 'leased', leaseUntil: { $lte: now } });
    try {
      await this.collection.insertOne(lease);
      return 'claimed';
    } catch (error) {
      if (!isDuplicate(error)) throw error;
      const winner = await this.collection.findOne({ _id: key });
      return winner?.state === 'sent' ? 'sent' : 'in-flight';
    }
  }

  /**
   * The post went out: keep the key (as sent) for `keepMs` so retries see a duplicate. Filtered on
   * `_id` alone (a point lookup on every server): even if our lease had expired and been taken
   * over meanwhile, our post did go out, so "sent" is the truth.
   */
  async markSent(key: string, holder: string, keepMs: number, now = new Date()): Promise<void> {
    await this.collection.updateOne(
      { _id: key },
      { $set: { state: 'sent', holder, expiresAt: new Date(now.getTime() + keepMs), leaseUntil: now } },
    );
  }

  /** The post failed: give the lease back so a retry can happen at once. */
  async release(key: string, holder: string): Promise<void> {
    await this.collection.deleteOne({ _id: key, holder, state: 'leased' });
  }

  async purgeExpired(now = new Date()): Promise<number> {
    return (await this.collection.deleteMany({ expiresAt: { $lte: now } })).deletedCount;
  }
}
