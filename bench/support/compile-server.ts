import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../../src/util/project-root.js';

/** The folders the bench's server is made of (server-main.ts imports from them only). */
const SOURCES = ['src', 'adapters', 'conversations', 'server', 'bench/support'];

/**
 * Boussole's sources as plain JavaScript, as `npm start` runs them (compiled, no loader in the
 * process): each .ts file transpiled on its own (no type check — `npm run typecheck` does that)
 * into node_modules/.cache/boussole-bench, beside the packages it imports. Returns the compiled
 * server-main.js. Running through tsx instead would add tsx's loader thread and transform caches,
 * about 40 MB, to the memory measured.
 */
export function compileBenchServer(): string {
  const root = projectRoot();
  const out = join(root, 'node_modules', '.cache', 'boussole-bench');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // ES modules, as the project's own package.json says; no "name", so projectRoot() walks past it.
  writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  for (const dir of SOURCES) {
    for (const file of typeScriptFiles(join(root, dir))) {
      const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
        fileName: file,
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, isolatedModules: true, esModuleInterop: true },
      });
      const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, outputText);
    }
  }
  return join(out, 'bench', 'support', 'server-main.js');
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typeScriptFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}
