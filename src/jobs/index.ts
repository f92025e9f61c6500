import type { JobDefinition } from './scheduler.js';

/** Every job Boussole runs; each lives in its own file in this folder. */
export function allJobs(): JobDefinition<never>[] {
  return [];
}
