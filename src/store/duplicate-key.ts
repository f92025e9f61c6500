import { MongoBulkWriteError, MongoServerError } from 'mongodb';

/**
 * True when a write failed only because the `_id` (or a unique key) was already there — the
 * atomic "someone else did it first" that idempotency keys and short refs rely on. For a batch
 * insert, every failed document must be such a duplicate: any other error still surfaces.
 */
export function isDuplicateKey(error: unknown): boolean {
  if (error instanceof MongoBulkWriteError) {
    const errors = [error.writeErrors].flat();
    return errors.length > 0 ? errors.every((e) => e.code === 11000) : error.code === 11000;
  }
  return error instanceof MongoServerError && error.code === 11000;
}
