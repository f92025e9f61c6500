import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { clientOptionsFor } from '../../src/store/client-options.js';
import { toolsDir } from '../../src/store/database.js';
import { ensureFerretdb } from '../../src/store/embedded/ferretdb-binary.js';
import { startFerretdb } from '../../src/store/embedded/ferretdb-process.js';

export interface BenchDatabase {
  uri: string;
  kind: 'embedded' | 'external';
  /** The embedded server's guardian process (its tree's CPU time is the database's own cost); none for MONGODB_URI. */
  serverPid?: number;
  client: MongoClient;
  db: Db;
  close(): Promise<void>;
}

/** MONGODB_URI when set, else a throwaway embedded FerretDB — the same choice Boussole makes. */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const external = process.env.MONGODB_URI;
  let stopServer = async () => {};
  let uri = external;
  let dir: string | undefined;
  let serverPid: number | undefined;
  if (!uri) {
    dir = mkdtempSync(join(tmpdir(), 'boussole-bench-'));
    const server = await startFerretdb({ binary: await ensureFerretdb(toolsDir(), console.log), dataDir: dir });
    uri = server.uri;
    stopServer = server.stop;
    serverPid = server.pid;
  }
  const kind = external ? 'external' : 'embedded';
  const client = new MongoClient(uri, clientOptionsFor(kind));
  const db = client.db(`bench_${Date.now()}`);
  return {
    uri,
    kind,
    ...(serverPid === undefined ? {} : { serverPid }),
    client,
    db,
    async close() {
      await db.dropDatabase().catch(() => {});
      await client.close();
      await stopServer();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
