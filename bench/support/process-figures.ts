import { readdirSync, readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/**
 * The event-loop delay while a measured phase runs: how long a ready callback (an ack, a response)
 * waited for the loop. The histogram records nanoseconds; figures come out in milliseconds.
 */
export function watchEventLoop(resolutionMs = 10): { stop(): LoopDelay } {
  const histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      return { p50: histogram.percentile(50) / 1e6, p99: histogram.percentile(99) / 1e6, max: histogram.max / 1e6 };
    },
  };
}

export interface MemoryMb {
  /** Resident now. */
  rss: number;
  /** The most it was resident at any time (the kernel's high-water mark). */
  peak: number;
}

/** A process's resident memory in MB, from /proc/<pid>/status (Linux). */
export function processMemoryMb(pid: number): MemoryMb {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** CPU time a process has used so far (user + system), in ms, from /proc/<pid>/stat (Linux). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces), from field 3: utime is 14th, stime 15th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** A process and all its descendants (the embedded database runs under a small guardian shell). */
export function processTree(pid: number): number[] {
  const found = [pid];
  for (let i = 0; i < found.length; i++) {
    const tasks = (() => {
      try {
        return readdirSync(`/proc/${found[i]}/task`);
      } catch {
        return [];
      }
    })();
    for (const task of tasks) {
      try {
        for (const child of readFileSync(`/proc/${found[i]}/task/${task}/children`, 'utf8').trim().split(/\s+/)) if (child) found.push(Number(child));
      } catch {
        // The task ended meanwhile.
      }
    }
  }
  return found;
}

/** CPU time used so far by a process and its descendants, in ms. */
export function processTreeCpuMs(pid: number): number {
  return processTree(pid).reduce((sum, p) => {
    try {
      return sum + processCpuMs(p);
    } catch {
      return sum;
    }
  }, 0);
}

/**
 * Where this process's resident memory goes, in MB: anonymous memory (heap, buffers, malloc) versus
 * mapped files (node's own binary and libraries); V8's young generation, old generation, code and
 * large-object spaces as the OS holds them; and memory outside V8 (Buffers, the driver's pools).
 */
export function memoryBreakdown(): Record<string, number> {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((space) => [space.space_name, space.physical_space_size / 2 ** 20]));
  const space = (name: string) => spaces[name] ?? 0;
  const { external, arrayBuffers } = process.memoryUsage();
  return {
    anon: kb('RssAnon'),
    files: kb('RssFile'),
    young: space('new_space') + space('new_large_object_space'),
    old: space('old_space'),
    code: space('code_space') + space('code_large_object_space'),
    large: space('large_object_space'),
    external: external / 2 ** 20,
    buffers: arrayBuffers / 2 ** 20,
  };
}

export function formatBreakdown(breakdown: Record<string, number>): string {
  return Object.entries(breakdown)
    .map(([name, mb]) => `${name}=${mb.toFixed(1)}`)
    .join(' ');
}
