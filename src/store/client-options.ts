import type { MongoClientOptions } from 'mongodb';

/**
 * Driver options for each kind of server.
 *
 * The embedded FerretDB 1.24 (SQLite) runs an update as a read followed by a separate write, so two
 * connections updating one document at once can both "win" (lost `$inc`s, a `findOneAndUpdate`
 * claimed twice). One connection per process makes FerretDB serve this process's operations one at
 * a time, which restores the single-document atomicity Agenda's locks and our version checks rely
 * on. Several Boussole processes on one database therefore need a real MongoDB (MONGODB_URI);
 * effects that must happen once across processes also carry a unique idempotency key, which an
 * insert enforces atomically on both servers.
 */
export function clientOptionsFor(kind: 'embedded' | 'external'): MongoClientOptions {
  const common: MongoClientOptions = { serverSelectionTimeoutMS: 5000, appName: 'boussole' };
  return kind === 'embedded' ? { ...common, maxPoolSize: 1 } : common;
}
