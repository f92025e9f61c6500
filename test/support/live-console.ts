// Boussole as `npm run chat` composes it, with what the console harness leaves out: a clock the
// test moves, the real Agenda running the composition's own jobs, and a recording of what the
// jobs post (the console's platform, faked like the remote ones).
import type { Agenda } from 'agenda';
import { MongoClient } from 'mongodb';
import { clientOptionsFor } from '../../src/store/client-options.js';
import type { TestDatabase } from './mongo.js';
import { ConsoleChannelDirectory } from '../../adapters/console/channel-directory.js';
import { composeBoussole, type Boussole } from '../../src/app/compose.js';
import { createScheduler, defineJobs } from '../../src/jobs/scheduler.js';
import { silentLog } from './feature-fixtures.js';
import { RecordingNotifier } from './recording-notifier.js';
import { chatLines } from './console-chat.js';
import { TEST_DAY } from './test-day.js';

export interface LiveConsole {
  boussole: Boussole;
  posts: RecordingNotifier;
  setNow(iso: string): void;
  chat(lines: string[], user?: { id: string; name: string }): Promise<string>;
  /** Runs a job now through Agenda, as its schedule would, and waits for it to finish. */
  runJob(name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function liveConsole(database: TestDatabase, tenant: string, locale: 'fr' | 'en' = 'fr', now = TEST_DAY): Promise<LiveConsole> {
  const { db } = database;
  let clock = new Date(now);
  const started: { agenda?: Agenda; client?: MongoClient } = {};
  const posts = new RecordingNotifier();
  const boussole = composeBoussole({ db, defaults: { locale, timeZone: 'America/Toronto' }, log: silentLog, scheduler: () => started.agenda, clock: () => clock });
  boussole.register({ platform: 'console', notifier: posts, directory: new ConsoleChannelDirectory(), stop: async () => {} });
  await boussole.ensureIndexes();
  // Started at the first job run only: a poller on the shared test database slows every other test.
  const scheduler = async (): Promise<Agenda> => {
    if (started.agenda) return started.agenda;
    // Agenda polls through a client of its own, as in the server, so its polls do not queue
    // behind the turns on the test's single connection.
    const client = new MongoClient(database.uri, clientOptionsFor(database.kind));
    started.client = client;
    const agenda = createScheduler(client.db(database.dbName), silentLog, { processEvery: 200 });
    defineJobs(agenda, boussole.jobs());
    await agenda.start();
    started.agenda = agenda;
    return agenda;
  };
  return {
    boussole,
    posts,
    setNow: (iso) => {
      clock = new Date(iso);
    },
    chat: (lines, user) => chatLines(boussole.engine, tenant, lines, user),
    async runJob(name) {
      const agenda = await scheduler();
      const done = new Promise<void>((resolve) => agenda.once(`complete:${name}`, () => resolve()));
      await agenda.now(name);
      await done;
    },
    stop: async () => {
      await started.agenda?.stop();
      await started.client?.close();
    },
  };
}
