// `tsx bench/support/profile-summary.ts <file.cpuprofile> [count] [origin]`: the functions with the most
// self time and the most total time (self + what they call) in a V8 CPU profile (`node --cpu-prof`,
// or BENCH_CPU_PROF for the benches' server), and the time by origin: Boussole's own code, each
// package, Node's internals, the garbage collector, idle. With an origin (`boussole`, `mongodb`…),
// only the time spent in that origin's own functions is counted, totals included.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
type Profile = z.infer<typeof profileSchema>;
type Frame = Profile['nodes'][number]['callFrame'];

const root = process.cwd();

/** Where a frame's code comes from: a package, Boussole's own file, Node, or V8's pseudo-frames. */
export function originOf(frame: Frame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  // The benches' server runs Boussole compiled into node_modules/.cache/boussole-bench.
  if (url.includes('/node_modules/.cache/boussole-bench/')) return 'boussole';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  return 'boussole';
}

function label(frame: Frame): string {
  const where = frame.url
    .replace(/^file:\/\//, '')
    .replace(`${root}/`, '')
    .replace(/^node_modules\/\.cache\/boussole-bench\//, '')
    .replace(/^.*node_modules\//, '');
  return `${frame.functionName || '(anonymous)'} ${where ? `${where}:${frame.lineNumber + 1}` : ''}`.trim();
}

export function summarise(profile: Profile, count = 10, origin?: string): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const origins = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    all += us;
    const leaf = byId.get(id)!;
    if (origin && originOf(leaf.callFrame) !== origin) return;
    self.set(label(leaf.callFrame), (self.get(label(leaf.callFrame)) ?? 0) + us);
    origins.set(originOf(leaf.callFrame), (origins.get(originOf(leaf.callFrame)) ?? 0) + us);
    // Each function once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const key = label(frame);
      if (key === '(root)' || seen.has(key) || (origin && originOf(frame) !== origin)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  });
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%`;
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${ms(v)}  ${k}`);
  return [
    `profile: ${(all / 1000).toFixed(0)} ms sampled`,
    'by origin (self time):',
    ...top(origins, 15),
    `top ${count} by self time:`,
    ...top(self, count),
    `top ${count} by total time:`,
    ...top(total, count),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, count, origin] = process.argv.slice(2);
  if (!file) {
    console.error('usage: tsx bench/support/profile-summary.ts <file.cpuprofile> [count]');
    process.exit(2);
  }
  const parsed = profileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    console.error(`${file} is not a V8 CPU profile: ${parsed.error.issues[0]?.message}`);
    process.exit(2);
  }
  for (const line of summarise(parsed.data, Number(count ?? 10), origin)) console.log(line);
}
