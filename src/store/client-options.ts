import type { MongoClientOptions } from 'mongodb';

/**
 * How long an operation done for a person's turn (or a job's handler) waits for a server. With a
 * server that stopped answering, an operation can cost a connection attempt, then its one retry's
 * wait for a server and a second connection attempt: about 1 + 1.5 + 1 s on the embedded server,
 * under the 5 s in which a person must hear back, "try again" included. (Driver 7 ignores
 * `timeoutMS`: server selection and connection time limits are the bounds that work.)
 */
export const INTERACTIVE_SERVER_SELECTION_MS = 1500;

/**
 * How long background work — the scheduler's polls, scripts, tests — waits for a server: longer
 * than a restart of the embedded server takes, so that a restart is not a failure of every job.
 * A longer outage fails each poll, logged once with a count.
 */
export const BACKGROUND_SERVER_SELECTION_MS = 15_000;

/**
 * A server that accepts connections and never answers would hold the handshake of the one pooled
 * connection for the driver's default 30 s, and every turn queued behind it; a handshake takes
 * milliseconds locally and well under a second to a cloud server.
 */
export const CONNECT_TIMEOUT_MS = { embedded: 1000, external: 1500 } as const;

/**
 * Driver options for each kind of server and each use: `interactive` for Boussole's repositories
 * (turns and job handlers), `background` for Agenda's own client (it touches only the jobs
 * collection) and for scripts and tests.
 *
 * The embedded FerretDB 1.24 (SQLite) runs an update as a read followed by a separate write, so two
 * connections updating one document at once can both "win" (lost `$inc`s, a `findOneAndUpdate`
 * claimed twice). One connection per client makes FerretDB serve that client's operations one at
 * a time, which restores the single-document atomicity Agenda's locks (on the scheduler's client)
 * and our version checks (on the interactive one) rely on; no document is written through both.
 * Several Boussole processes on one database therefore need a real MongoDB (MONGODB_URI); effects
 * that must happen once across processes also carry a unique idempotency key, which an insert
 * enforces atomically on both servers.
 */
export function clientOptionsFor(kind: 'embedded' | 'external', use: 'interactive' | 'background' = 'background'): MongoClientOptions {
  const common: MongoClientOptions =
    use === 'interactive'
      ? { serverSelectionTimeoutMS: INTERACTIVE_SERVER_SELECTION_MS, connectTimeoutMS: CONNECT_TIMEOUT_MS[kind], appName: 'boussole' }
      : { serverSelectionTimeoutMS: BACKGROUND_SERVER_SELECTION_MS, appName: 'boussole-background' };
  return kind === 'embedded' ? { ...common, maxPoolSize: 1 } : common;
}
