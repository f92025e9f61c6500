import type { Server } from 'node:http';
import type { Agenda } from 'agenda';
import type { Config } from './config/env.js';
import type { Logger } from './log/logger.js';
import { createHttpApp } from './http/app.js';
import { closeServer, listen } from './http/listen.js';
import { openDatabase, type Database } from './store/database.js';
import { ensureIndexes } from './store/repository.js';
import { createRepositories, listRepositories, type Repositories } from './store/repositories.js';
import { createScheduler, defineJobs, drainScheduler } from './jobs/scheduler.js';
import { allJobs } from './jobs/index.js';
import { waitForDatabase } from './lifecycle/wait-for-database.js';

export interface Running {
  server: Server;
  port: number;
  database: Database;
  repositories: Repositories;
  /** Agenda, once the database has answered (undefined before). */
  scheduler(): Agenda | undefined;
  /** Resolves once the database answered and the indexes and scheduler are up. */
  ready: Promise<boolean>;
  stop(): Promise<void>;
}

/** The composition root: config -> store -> services -> adapters -> HTTP server -> jobs. */
export async function startBoussole(config: Config, log: Logger): Promise<Running> {
  const database = await openDatabase({ uri: config.mongo.uri, dbName: config.mongo.dbName, dataDir: config.dataDir, log });
  const repositories = createRepositories(database.db);

  const app = createHttpApp({ ready: () => database.ping() });
  let server: Server;
  try {
    server = await listen(app, config.port);
  } catch (error) {
    await database.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port }, `Boussole listens on http://localhost:${port} (health: /healthz, readiness: /readyz)`);

  const stopping = new AbortController();
  let scheduler: Agenda | undefined;
  const ready = (async () => {
    if (!(await waitForDatabase(() => database.ping(), log, stopping.signal))) return false;
    await ensureIndexes(listRepositories(repositories));
    // Agenda connects its backend in its constructor without handling a failure, so it is only
    // built once the database has answered.
    const agenda = createScheduler(database.db, log);
    defineJobs(agenda, allJobs());
    await agenda.start();
    scheduler = agenda;
    log.info({ database: database.kind }, 'database reachable; indexes ensured; scheduler started');
    return true;
  })().catch((error: unknown) => {
    log.error({ err: error }, 'start-up failed after the database answered');
    return false;
  });

  return {
    server,
    port,
    database,
    repositories,
    scheduler: () => scheduler,
    ready,
    async stop() {
      stopping.abort();
      await closeServer(server);
      await ready;
      if (scheduler) await drainScheduler(scheduler, log);
      await database.close();
    },
  };
}
