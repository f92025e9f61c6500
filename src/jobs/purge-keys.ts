import type { FeatureDeps } from '../commands/feature-services.js';
import type { JobDefinition } from './scheduler.js';

export const PURGE_KEYS_JOB = 'purge-keys';

/** Daily: deletes expired idempotency keys (FerretDB 1.24 has no TTL index to do it). */
export function purgeKeysJob(deps: FeatureDeps): JobDefinition<never> {
  return {
    name: PURGE_KEYS_JOB,
    handler: async () => {
      const now = new Date();
      const notifications = await deps.repositories.notificationKeys.purgeExpired(now);
      const processed = await deps.repositories.processedKeys.purgeExpired(now);
      deps.log.debug({ notifications, processed }, 'expired keys purged');
    },
    options: { concurrency: 1 },
  };
}
