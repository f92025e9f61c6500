import type { Server } from 'node:http';
import type { Agenda } from 'agenda';
import type { ChannelAdapter } from './app/channel-adapter.js';
import { composeBoussole } from './app/compose.js';
import type { Repositories } from './app/repositories.js';
import type { Config } from './config/env.js';
import type { Channel } from './core/ports/channel.js';
import type { Engine } from './core/ports/engine.js';
import type { Logger } from './log/logger.js';
import { createHttpApp } from './http/app.js';
import { closeServer, listen } from './http/listen.js';
import { mountPrivateLinks } from './http/private-links.js';
import { PublicUrl } from './links/public-url.js';
import { openDatabase, type Database } from './store/database.js';
import { createScheduler, defineJobs, drainScheduler } from './jobs/scheduler.js';
import { scheduleRecurringJobs } from './jobs/recurring.js';
import { waitForDatabase } from './lifecycle/wait-for-database.js';

export interface Running {
  server: Server;
  port: number;
  database: Database;
  repositories: Repositories;
  engine: Engine;
  /** Agenda, once the database has answered (undefined before). */
  scheduler(): Agenda | undefined;
  /** Resolves once the database answered and the indexes and scheduler are up. */
  ready: Promise<boolean>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Agenda's polling interval (tests shorten it). */
  processEvery?: string | number;
  /** Skip registering the recurring jobs (tests that drive jobs themselves). */
  recurringJobs?: boolean;
}

/**
 * The server's lifecycle: database -> Boussole (compose.ts) -> the platforms given -> HTTP server
 * -> jobs once the database answers; and the reverse on stop.
 */
export async function bootBoussole(config: Config, log: Logger, adapters: readonly ChannelAdapter[], options: StartOptions = {}): Promise<Running> {
  const database = await openDatabase({ uri: config.mongo.uri, dbName: config.mongo.dbName, dataDir: config.dataDir, log, restartLimitMs: config.embeddedRestartLimitMs });
  let scheduler: Agenda | undefined;
  const publicUrl = new PublicUrl(config.publicHostname);
  const boussole = composeBoussole({ db: database.db, defaults: config.defaults, log, scheduler: () => scheduler, publicUrl });

  const http = createHttpApp({ ready: () => database.ping(), embedded: () => database.embedded() });
  mountPrivateLinks(http, { repositories: boussole.repositories, defaults: config.defaults, log });
  const mounted: Channel[] = [];
  const stopChannels = () => Promise.all(mounted.map((channel) => channel.stop()));
  let server: Server;
  try {
    for (const adapter of adapters) {
      const { channel, repositories } = await adapter.mount({ http, config, log, db: database.db, boussole });
      mounted.push(channel);
      boussole.register(channel, repositories);
    }
    server = await listen(http, config.port);
  } catch (error) {
    await stopChannels();
    await database.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  publicUrl.listening(port);
  log.info({ port }, `Boussole listens on http://localhost:${port} (health: /healthz, readiness: /readyz)`);

  const stopping = new AbortController();
  const ready = (async () => {
    if (!(await waitForDatabase(() => database.ping(), log, stopping.signal))) return false;
    await boussole.ensureIndexes();
    // Agenda connects its backend in its constructor without handling a failure, so it is only
    // built once the database has answered.
    const agenda = createScheduler(database.schedulerDb, log, options.processEvery === undefined ? {} : { processEvery: options.processEvery });
    defineJobs(agenda, boussole.jobs());
    await agenda.start();
    // Set before the recurring jobs: their first digest-schedule pass reads it.
    scheduler = agenda;
    if (options.recurringJobs !== false) await scheduleRecurringJobs(agenda);
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
    repositories: boussole.repositories,
    engine: boussole.engine,
    scheduler: () => scheduler,
    ready,
    async stop() {
      stopping.abort();
      await closeServer(server);
      await stopChannels();
      await ready;
      if (scheduler) await drainScheduler(scheduler, log);
      await database.close();
    },
  };
}
