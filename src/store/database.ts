import { join, resolve } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import type { Logger } from '../log/logger.js';
import { redactUri } from '../log/logger.js';
import { projectRoot } from '../util/project-root.js';
import { clientOptionsFor } from './client-options.js';
import { ensureFerretdb } from './embedded/ferretdb-binary.js';
import { startFerretdb, type EmbeddedServer } from './embedded/ferretdb-process.js';

export interface Database {
  client: MongoClient;
  db: Db;
  /** `embedded` when Boussole started its own FerretDB, `external` for MONGODB_URI. */
  kind: 'embedded' | 'external';
  /** True when the server answers a ping within the time limit. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface OpenOptions {
  uri: string | undefined;
  dbName: string;
  dataDir: string;
  log: Logger;
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
  let embedded: EmbeddedServer | undefined;
  let uri = options.uri;
  if (!uri) {
    const binary = await ensureFerretdb(toolsDir(), (message) => options.log.info(message));
    embedded = await startFerretdb({
      binary,
      dataDir: join(resolve(options.dataDir), 'ferretdb'),
      progress: (message) => options.log.info(message),
    });
    uri = embedded.uri;
    options.log.info({ uri, pid: embedded.pid }, 'embedded database ready');
  } else {
    options.log.info({ uri: redactUri(uri) }, 'using the database of MONGODB_URI');
  }
  const client = new MongoClient(uri, clientOptionsFor(embedded ? 'embedded' : 'external'));
  const db = client.db(options.dbName);
  const pending = new Set<Promise<boolean>>();
  return {
    client,
    db,
    kind: embedded ? 'embedded' : 'external',
    async ping(timeoutMs = 1500) {
      const answer = db.command({ ping: 1 }).then(
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
      await embedded?.stop();
    },
  };
}
