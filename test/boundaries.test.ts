// The architecture's boundaries, read from the source's import graph (TypeScript's own
// pre-processor, so `import type`, re-exports and `import()` count too).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { folderCycles, folderOf, importGraph, type ImportEdge } from './support/import-graph.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const edges = importGraph(root, ['src', 'adapters', 'conversations', 'server']);
const packageOf = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
const show = (list: ImportEdge[]) => list.map((edge) => `${edge.from} -> ${edge.to ?? edge.specifier}`);

/**
 * The conversation core runs the dialogues for every platform, in a test as in production: pure
 * libraries and Node's built-ins only — no platform SDK, no database driver, no scheduler, no
 * HTTP framework, no logger. Anything else reaches it through a port (src/core/ports).
 */
const CORE_MAY_USE = new Set(['zod', 'luxon', 'chrono-node', 'intl-messageformat']);

describe('the import graph', () => {
  it('is read from the source: it sees the files and their imports', () => {
    // Guards the checks below against a reader that finds nothing (and so nothing wrong).
    expect(edges.some((edge) => edge.from === 'src/core/engine.ts' && edge.to === 'src/core/events.ts')).toBe(true);
    expect(edges.some((edge) => edge.from.startsWith('adapters/slack/') && edge.specifier === '@slack/bolt')).toBe(true);
    expect(edges.some((edge) => edge.from.startsWith('conversations/'))).toBe(true);
  });

  it('core and conversations import no SDK, driver or framework', () => {
    const offending = edges.filter(
      (edge) => /^(src\/core|conversations)\//.test(edge.from) && !edge.to && !edge.specifier.startsWith('node:') && !CORE_MAY_USE.has(packageOf(edge.specifier)),
    );
    expect(show(offending)).toEqual([]);
  });

  it('src imports no adapter and not the server: adapters register themselves (src/app/channel-adapter.ts)', () => {
    expect(show(edges.filter((edge) => edge.from.startsWith('src/') && /^(adapters|server)\//.test(edge.to ?? '')))).toEqual([]);
  });

  it('adapters and conversations do not import the server, which lists them', () => {
    expect(show(edges.filter((edge) => /^(adapters|conversations)\//.test(edge.from) && edge.to?.startsWith('server/')))).toEqual([]);
  });

  it('an adapter imports no other adapter (adapters/shared is for what they share)', () => {
    const crossing = edges.filter(
      (edge) => edge.from.startsWith('adapters/') && edge.to?.startsWith('adapters/') && folderOf(edge.from) !== folderOf(edge.to) && folderOf(edge.to) !== 'adapters/shared',
    );
    expect(show(crossing)).toEqual([]);
  });

  it('platform SDKs stay in their adapter: Slack’s in adapters/slack, botbuilder in adapters/teams', () => {
    const sdk = (edge: ImportEdge) => (edge.to ? undefined : packageOf(edge.specifier));
    const misplaced = edges.filter(
      (edge) => (sdk(edge)?.startsWith('@slack/') && folderOf(edge.from) !== 'adapters/slack') || (sdk(edge)?.startsWith('botbuilder') && folderOf(edge.from) !== 'adapters/teams'),
    );
    expect(show(misplaced)).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(folderCycles(edges)).toEqual([]);
  });
});

describe('the cycle finder', () => {
  it('finds a cycle between folders and ignores imports inside one', () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, specifier: to, to });
    expect(folderCycles([edge('src/a/x.ts', 'src/a/y.ts'), edge('src/a/y.ts', 'src/a/x.ts'), edge('src/a/x.ts', 'src/b/z.ts')])).toEqual([]);
    expect(folderCycles([edge('src/a/x.ts', 'src/b/z.ts'), edge('src/b/z.ts', 'src/c/w.ts'), edge('src/c/w.ts', 'src/a/y.ts')])).toEqual([['src/a', 'src/b', 'src/c']]);
  });
});
