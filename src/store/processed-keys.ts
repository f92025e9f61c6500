import type { Collection, Db, IndexDescription } from 'mongodb';
import { isDuplicateKey } from './duplicate-key.js';
import { createIndexesOneByOne } from './repository.js';

interface ProcessedKey {
  _id: string;
  at: Date;
  expiresAt: Date;
}

/**
 * Keys of things already done — a Slack event id, a Teams activity id, a notification's
 * idempotency key. `claim` is an insert on `_id`, which both MongoDB and the embedded FerretDB
 * enforce atomically, so a key is claimed once across retries and processes. FerretDB 1.24 has no
 * TTL index: expired keys are taken over on claim and purged by `purgeExpired`.
 */
export class ProcessedKeys {
  readonly name = 'processed_keys';
  private readonly collection: Collection<ProcessedKey>;

  constructor(db: Db) {
    this.collection = db.collection<ProcessedKey>(this.name);
  }

  indexes(): IndexDescription[] {
    return [{ key: { expiresAt: 1 }, name: 'expiresAt' }];
  }

  async ensureIndexes(): Promise<void> {
    await createIndexesOneByOne(this.collection as unknown as Collection, this.indexes());
  }

  /** True when this call is the first to claim `key` (within its lifetime). */
  async claim(key: string, ttlSeconds: number, now = new Date()): Promise<boolean> {
    const doc = { _id: key, at: now, expiresAt: new Date(now.getTime() + ttlSeconds * 1000) };
    try {
      await this.collection.insertOne(doc);
      return true;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const expired = await this.collection.deleteOne({ _id: key, expiresAt: { $lte: now } });
    if (expired.deletedCount === 0) return false;
    try {
      await this.collection.insertOne(doc);
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /** Gives a key back (the work it guarded failed and may be retried). */
  async release(key: string): Promise<void> {
    await this.collection.deleteOne({ _id: key });
  }

  async purgeExpired(now = new Date()): Promise<number> {
    return (await this.collection.deleteMany({ expiresAt: { $lte: now } })).deletedCount;
  }
}
