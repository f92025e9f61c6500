import { join, resolve } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import type { Logger } from '../log/logger.js';
import { redactUri } from '../log/logger.js';
import { projectRoot } from '../util/project-root.js';
import { clientOptionsFor } from './client-options.js';
import { ensureFerretdb } from './embedded/ferretdb-binary.js';
import { superviseFerretdb, type EmbeddedState, type SupervisedServer } from './embedded/supervisor.js';

export interface Database {
  client: MongoClient;
  /**
   * For the people's turns and the jobs' handlers: an operation waits at most
   * INTERACTIVE_SERVER_SELECTION_MS for a server, so a turn during an outage answers "try again"
   * within seconds instead of hanging.
   */
  db: Db;
  /**
   * For Agenda only (its polling and locking, on the jobs collection): a client of its own that
   * waits longer for a server, so a restart of the embedded server is not a failure of every job.
   */
  schedulerDb: Db;
  /** `embedded` when Boussole started its own FerretDB, `external` for MONGODB_URI. */
  kind: 'embedded' | 'external';
  /** The embedded server's state (running, restarting); undefined for MONGODB_URI. */
  embedded(): EmbeddedState | undefined;
  /** True when the server answers a ping within the time limit. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenOptions {
  uri: string | undefined;
  dbName: string;
  dataDir: string;
  log: Logger;
  /**
   * The embedded server could not be restarted in time. By default Boussole exits with code 70
   * (EX_SOFTWARE) so that its supervisor starts it again.
   */
  onUnrecoverable?: (error: Error) => void;
  /** How long the embedded server may fail to restart before `onUnrecoverable` (60 s by default). */
  restartLimitMs?: number;
}

export function toolsDir(): string {
  return join(projectRoot(), '.tools');
}

/**
 * Connects to MONGODB_URI, or starts the embedded FerretDB under the data folder. The driver
 * connects lazily, so an unreachable MONGODB_URI does not stop the start: readiness is followed
 * by `ping` and the caller's retry loop.
 */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  let embedded: SupervisedServer | undefined;
  let uri = options.uri;
  if (!uri) {
    const binary = await ensureFerretdb(toolsDir(), (message) => options.log.info(message));
    embedded = await superviseFerretdb({
      binary,
      dataDir: join(resolve(options.dataDir), 'ferretdb'),
      progress: (message) => options.log.info(message),
      log: options.log,
      onGiveUp: options.onUnrecoverable ?? (() => process.exit(70)),
      ...(options.restartLimitMs ? { giveUpAfterMs: options.restartLimitMs } : {}),
    });
    uri = embedded.uri;
    const state = embedded.state();
    options.log.info({ uri, pid: state.kind === 'running' ? state.pid : undefined }, 'embedded database ready');
  } else {
    options.log.info({ uri: redactUri(uri) }, 'using the database of MONGODB_URI');
  }
  const kind = embedded ? 'embedded' : 'external';
  const client = new MongoClient(uri, clientOptionsFor(kind, 'interactive'));
  const schedulerClient = new MongoClient(uri, clientOptionsFor(kind, 'background'));
  const db = client.db(options.dbName);
  const schedulerDb = schedulerClient.db(options.dbName);
  const pending = new Set<Promise<boolean>>();
  return {
    client,
    db,
    schedulerDb,
    kind,
    embedded: () => embedded?.state(),
    async ping(timeoutMs = 1500) {
      // An explicit connect: when the very first connection fails, driver 7 leaves the client with
      // a closed topology that operations never reopen (MongoTopologyClosedError for good), and a
      // database down at start-up for longer than a server selection would never be used.
      const answer = client
        .connect()
        .then(() => db.command({ ping: 1 }))
        .then(
          () => true,
          () => false,
        );
      pending.add(answer);
      void answer.finally(() => pending.delete(answer));
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const ok = await Promise.race([answer, timeout]);
      clearTimeout(timer);
      return ok;
    },
    async close() {
      // A ping still selecting a server when the client closes would reject inside the driver.
      await Promise.all(pending);
      await client.close().catch(() => {});
      await schedulerClient.close().catch(() => {});
      await embedded?.stop();
    },
  };
}
