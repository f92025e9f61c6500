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
/**
 * The bound of each operation done for a person's turn (and a job's handler): well under the 5 s
 * in which a person must hear back, "try again" included. Set on the Db handle, as the driver's
 * client-side operation timeout, so it also bounds server selection.
 */
export const INTERACTIVE_TIMEOUT_MS = 3000;

/**
 * How long the scheduler's polls (and the driver's first connection) wait for a server: longer
 * than a turn may, and longer than a restart of the embedded server takes, so that a restart is
 * not a failure of every job. A longer outage fails each poll, logged once with a count.
 */
export const SCHEDULER_SERVER_SELECTION_MS = 5000;

export function clientOptionsFor(kind: 'embedded' | 'external'): MongoClientOptions {
  const common: MongoClientOptions = { serverSelectionTimeoutMS: SCHEDULER_SERVER_SELECTION_MS, appName: 'boussole' };
  return kind === 'embedded' ? { ...common, maxPoolSize: 1 } : common;
}
