import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/**
 * The event-loop delay while a measured phase runs: how long a ready callback (an ack, a response)
 * waited for the loop. The histogram records nanoseconds; figures come out in milliseconds.
 */
export function watchEventLoop(resolutionMs = 10): { stop(): { p50: number; p99: number; max: number } } {
  const histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      return { p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
    },
  };
}

/** Resident memory of this process in MB (the server runs in the bench's process). */
export function rssMb(): number {
  return process.memoryUsage().rss / (1024 * 1024);
}
