import type { Logger } from '../log/logger.js';
import type { NotificationKeys } from '../notify/notification-keys.js';
import type { ProcessedKeys } from '../store/processed-keys.js';
import type { JobDefinition } from './scheduler.js';

export const PURGE_KEYS_JOB = 'purge-keys';

/** Daily: deletes expired idempotency keys (FerretDB 1.24 has no TTL index to do it). */
export function purgeKeysJob(deps: { notificationKeys: Pick<NotificationKeys, 'purgeExpired'>; processedKeys: Pick<ProcessedKeys, 'purgeExpired'>; log: Logger }): JobDefinition<never> {
  return {
    name: PURGE_KEYS_JOB,
    handler: async () => {
      const now = new Date();
      const notifications = await deps.notificationKeys.purgeExpired(now);
      const processed = await deps.processedKeys.purgeExpired(now);
      deps.log.debug({ notifications, processed }, 'expired keys purged');
    },
    options: { concurrency: 1 },
  };
}
