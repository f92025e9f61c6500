import { Agenda, type Job } from 'agenda';
import { MongoBackend } from '@agendajs/mongo-backend';
import type { Db } from 'mongodb';
import type { Logger } from '../log/logger.js';
import { createRepeatSuppressor } from '../log/repeat-suppressor.js';

export const JOBS_COLLECTION = 'agendaJobs';

/** One kind of job: its name, its handler, and Agenda's per-job options. */
export interface JobDefinition<Data = unknown> {
  name: string;
  handler: (job: Job<Data>) => Promise<void>;
  options?: { concurrency?: number; lockLifetime?: number; priority?: 'lowest' | 'low' | 'normal' | 'high' | 'highest' };
}

export interface SchedulerOptions {
  /** How often this process looks for due jobs (Agenda's polling interval). */
  processEvery?: string | number;
  /** Shown as lastModifiedBy on the jobs this process touches. */
  name?: string;
}

export function createScheduler(db: Db, log: Logger, options: SchedulerOptions = {}): Agenda {
  const agenda = new Agenda({
    backend: new MongoBackend({ mongo: db, collection: JOBS_COLLECTION }),
    name: options.name ?? `boussole-${process.pid}`,
    processEvery: options.processEvery ?? '5 seconds',
    maxConcurrency: 20,
    defaultConcurrency: 5,
    defaultLockLifetime: 5 * 60_000,
  });
  // An EventEmitter 'error' with no listener would crash the process on a database outage.
  // During an outage Agenda fails once per job name per poll: one line, then a count.
  const repeats = createRepeatSuppressor(log);
  // By kind, not message: messages carry ports and durations that differ from one poll to the next.
  const errorKey = (error: unknown) => (error instanceof Error ? error.name : typeof error);
  agenda.on('error', (error: unknown) => repeats.report('warn', `scheduler: ${errorKey(error)}`, { err: error }, 'scheduler error (retrying on the next poll)'));
  agenda.on('fail', (error: unknown, job: Job) => repeats.report('error', `job ${job.attrs.name}: ${errorKey(error)}`, { err: error, job: job.attrs.name }, 'job failed'));
  // A job that completes means the database answers again.
  agenda.on('complete', (job: Job) => {
    repeats.resolved('scheduler: ', 'scheduler works again');
    repeats.resolved(`job ${job.attrs.name}: `, 'job runs again');
  });
  return agenda;
}

export function defineJobs(agenda: Agenda, jobs: JobDefinition<never>[]): void {
  for (const job of jobs) agenda.define(job.name, job.handler as (job: Job) => Promise<void>, job.options);
}

/** Waits for running jobs to finish, at most `timeoutMs`; jobs still running are unlocked for another process. */
export async function drainScheduler(agenda: Agenda, log: Logger, timeoutMs = 10_000): Promise<void> {
  const result = await agenda.drain(timeoutMs);
  if (result.timedOut) {
    log.warn({ running: result.running }, 'jobs still running at the drain limit; unlocking them for another process');
    await agenda.stop();
  }
}
