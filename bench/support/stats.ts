/** Percentile of a sample (nearest-rank), in the sample's unit. */
export function percentile(sample: number[], p: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function fmt(value: number, unit = ''): string {
  const digits = value >= 100 ? 0 : value >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit}`;
}

export interface BenchResult {
  name: string;
  figures: string;
  baseline: string;
  ratio: number;
}

/** The one line every benchmark prints: `bench <name>: <figures> baseline=<figures> ratio=<x>`. */
export function report(result: BenchResult): string {
  return `bench ${result.name}: ${result.figures} baseline=${result.baseline} ratio=${result.ratio.toFixed(2)}x`;
}

/** Runs `fn` `count` times (at most `concurrency` at once) and returns each run's milliseconds. */
export async function timeRuns(count: number, concurrency: number, fn: (i: number) => Promise<void>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const start = performance.now();
      await fn(i);
      times.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return times;
}

/** Commands per unit of work, most frequent first: `7.0 (find 4.0, insert 1.0, …)`. */
export function perUnit(counts: Record<string, number>, units: number): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const kinds = Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `${name} ${(n / units).toFixed(2)}`);
  return `${(total / units).toFixed(2)} (${kinds.join(', ')})`;
}
