import type { Server } from 'node:http';
import type { Agenda } from 'agenda';
import { calendarSection } from '../adapters/slack/app-home/calendar-section.js';
import { commentsSection } from '../adapters/slack/app-home/comments-section.js';
import { mountSlack, type SlackMount } from '../adapters/slack/index.js';
import { mountTeams, type TeamsChannel } from '../adapters/teams/mount.js';
import { STEPS } from '../conversations/index.js';
import { assemble } from './app/assemble.js';
import type { Config } from './config/env.js';
import type { Engine } from './core/ports/engine.js';
import { pick } from './core/i18n/locale.js';
import type { Logger } from './log/logger.js';
import { createHttpApp } from './http/app.js';
import { mountPrivateLinks } from './http/private-links.js';
import { PublicUrl } from './links/public-url.js';
import { closeServer, listen } from './http/listen.js';
import { ConsoleNotifier } from './notify/console-notifier.js';
import { IdempotentNotifier } from './notify/idempotent-notifier.js';
import { RoutingNotifier } from './notify/routing-notifier.js';
import { openDatabase, type Database } from './store/database.js';
import { ensureIndexes } from './store/repository.js';
import { createRepositories, listRepositories, type Repositories } from './app/repositories.js';
import { createScheduler, defineJobs, drainScheduler } from './jobs/scheduler.js';
import { allJobs } from './jobs/index.js';
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

/** The composition root: config -> store -> services -> adapters -> HTTP server -> jobs. */
export async function startBoussole(config: Config, log: Logger, options: StartOptions = {}): Promise<Running> {
  const database = await openDatabase({ uri: config.mongo.uri, dbName: config.mongo.dbName, dataDir: config.dataDir, log });
  const repositories = createRepositories(database.db);

  // Outbound: one notifier per platform behind a router, made idempotent across processes.
  const routing = new RoutingNotifier(new ConsoleNotifier((text) => log.info({ notification: text }, 'console notification')));
  const notifier = new IdempotentNotifier(routing, repositories.notificationKeys);
  let scheduler: Agenda | undefined;
  const publicUrl = new PublicUrl(config.publicHostname);
  const { engine, services, featureDeps, channels, documentLink } = assemble({ repositories, defaults: config.defaults, log, notifier, scheduler: () => scheduler, publicUrl });

  const app = createHttpApp({ ready: () => database.ping() });
  mountPrivateLinks(app, { repositories, defaults: config.defaults, log });
  let slack: SlackMount | undefined;
  let teams: TeamsChannel | undefined;
  let server: Server;
  try {
    slack = await mountSlack({
      app,
      config,
      log,
      engine,
      repositories,
      plans: repositories.plans,
      stepTitle: (n, locale) => pick(STEPS.find((s) => s.number === n)!.title, locale),
      homeSections: [
        calendarSection(services.calendar, async (tenantId) => (await repositories.tenants.findOne(tenantId, { _id: tenantId }))?.timeZone ?? config.defaults.timeZone),
        commentsSection(services.comments),
      ],
    });
    teams = await mountTeams({ app, config, log, engine, repositories, documentLink });
    if (slack.enabled) routing.register('slack', slack.notifier);
    if (slack.channels) channels.register('slack', slack.channels);
    routing.register('teams', teams.notifier);
    channels.register('teams', teams.channels);
    server = await listen(app, config.port);
  } catch (error) {
    await slack?.stop();
    await teams?.stop();
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
    await ensureIndexes(listRepositories(repositories));
    // Agenda connects its backend in its constructor without handling a failure, so it is only
    // built once the database has answered.
    const agenda = createScheduler(database.db, log, options.processEvery === undefined ? {} : { processEvery: options.processEvery });
    defineJobs(agenda, allJobs(featureDeps, services));
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
    repositories,
    engine,
    scheduler: () => scheduler,
    ready,
    async stop() {
      stopping.abort();
      await closeServer(server);
      await slack?.stop();
      await teams?.stop();
      await ready;
      if (scheduler) await drainScheduler(scheduler, log);
      await database.close();
    },
  };
}
