import type { OverdueScan } from '../comments/overdue-scan.js';
import type { Logger } from '../log/logger.js';
import type { JobDefinition } from './scheduler.js';

export const COMMENT_SCAN_JOB = 'comment-scan';

/** Every 5 minutes: alerts on comments past their due time, escalations at twice the delay. */
export function commentScanJob(deps: { overdue: Pick<OverdueScan, 'run'>; log: Logger }): JobDefinition<never> {
  return {
    name: COMMENT_SCAN_JOB,
    handler: async () => {
      const report = await deps.overdue.run();
      if (report.alerts + report.escalations + report.retrying > 0) deps.log.info(report, 'overdue comments scanned');
    },
    options: { concurrency: 1, lockLifetime: 5 * 60_000 },
  };
}
