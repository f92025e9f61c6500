// The source's import graph, read with TypeScript's own pre-processor (static imports, re-exports,
// `import type` and dynamic `import()` alike): what the boundary test checks.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** The importing file, relative to the root, with forward slashes. */
  from: string;
  /** The specifier as written (`mongodb`, `../core/engine.js`). */
  specifier: string;
  /** The imported file relative to the root when the specifier is relative, else undefined (a package). */
  to?: string;
}

function sourceFiles(root: string, folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) files.push(...sourceFiles(root, path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

const toPosix = (path: string) => path.split(sep).join('/');

/** Every import of every `.ts` file under the given top-level folders. */
export function importGraph(root: string, folders: readonly string[]): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of folders.flatMap((folder) => sourceFiles(root, folder))) {
    const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    for (const { fileName: specifier } of info.importedFiles) {
      if (!specifier.startsWith('.')) {
        edges.push({ from: file, specifier });
        continue;
      }
      const to = toPosix(relative(root, resolve(root, dirname(file), specifier))).replace(/\.js$/, '.ts');
      edges.push({ from: file, specifier, to });
    }
  }
  return edges;
}

/** The room a file belongs to: `src/<folder>`, `adapters/<adapter>`, `conversations`; top-level files of src are `src`. */
export function folderOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'conversations') return 'conversations';
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/** The folder graph's strongly connected components of more than one folder (Tarjan). */
export function folderCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!edge.to) continue;
    const [a, b] = [folderOf(edge.from), folderOf(edge.to)];
    if (!next.has(a)) next.set(a, new Set());
    if (!next.has(b)) next.set(b, new Set());
    if (a !== b) next.get(a)!.add(b);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...next.keys()].sort()) if (!index.has(node)) visit(node);
  return components;
}
