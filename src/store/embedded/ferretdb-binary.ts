import { spawn, spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
export const FERRETDB_VERSION = 'v1.24.2';

export class EmbeddedDatabaseUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddedDatabaseUnavailable';
  }
}

export type Progress = (message: string) => void;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function findOnPath(name: string, pathVar = process.env.PATH ?? ''): string | undefined {
  for (const dir of pathVar.split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

export function toolsBinary(toolsDir: string): string {
  return join(toolsDir, 'bin', 'ferretdb');
}

/** A `ferretdb` already on PATH wins; else the one built earlier into the project's tools folder. */
export function locateFerretdb(toolsDir: string, pathVar?: string): string | undefined {
  return findOnPath('ferretdb', pathVar) ?? (isExecutable(toolsBinary(toolsDir)) ? toolsBinary(toolsDir) : undefined);
}

const noBinaryHelp = [
  'No database is configured and the embedded one (FerretDB) cannot be provided:',
  '  - set MONGODB_URI to a MongoDB 6+ server (local, replica set or Atlas), or',
  '  - install Go (https://go.dev/dl/) so Boussole can build FerretDB once into .tools/, or',
  '  - put a `ferretdb` binary (FerretDB 1.24, SQLite handler) on PATH.',
].join('\n');

function run(cmd: string, args: string[], cwd: string, progress: Progress): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, CGO_ENABLED: process.env.CGO_ENABLED ?? '0' } });
    let output = '';
    let packages = 0;
    const started = Date.now();
    const ticker = setInterval(() => {
      progress(`still building FerretDB: ${Math.round((Date.now() - started) / 1000)} s, ${packages} Go packages compiled so far`);
    }, 15_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      packages += text.split('\n').filter((l) => l.trim() && !l.startsWith('go: ')).length;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => {
      clearInterval(ticker);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(ticker);
      if (code === 0) resolve(output);
      else reject(new EmbeddedDatabaseUnavailable(`\`${cmd} ${args.join(' ')}\` failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

/**
 * Builds FerretDB from its module on the Go module proxy into `<toolsDir>/bin/ferretdb`.
 *
 * Why not plain `go install …@v1.24.2`: FerretDB reads its version from a generated
 * build/version/version.txt that is not part of the module archive, so an installed binary panics
 * at start. We build the same module source with that one file written, as FerretDB's own
 * release task does.
 */
export async function buildFerretdb(toolsDir: string, progress: Progress): Promise<string> {
  const go = findOnPath('go') ?? (isExecutable('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : undefined);
  if (!go) throw new EmbeddedDatabaseUnavailable(noBinaryHelp);
  mkdirSync(join(toolsDir, 'bin'), { recursive: true });
  const lock = join(toolsDir, 'ferretdb-build.lock');
  // Several test workers or processes may ask at once: one builds, the others wait for its result.
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 20 * 60_000) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (isExecutable(toolsBinary(toolsDir))) return toolsBinary(toolsDir);
      await sleep(1000);
    }
  }
  try {
    if (isExecutable(toolsBinary(toolsDir))) return toolsBinary(toolsDir);
    progress(`Building the embedded database FerretDB ${FERRETDB_VERSION} with Go, once, into ${toolsDir} — the first build takes a few minutes.`);
    progress(`downloading ${FERRETDB_MODULE}@${FERRETDB_VERSION} from the Go module proxy…`);
    const info = await run(go, ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], toolsDir, progress);
    const moduleDir = (JSON.parse(info) as { Dir?: string }).Dir;
    if (!moduleDir || !existsSync(moduleDir)) throw new EmbeddedDatabaseUnavailable(`go mod download gave no module folder:\n${info}`);
    const src = join(toolsDir, 'ferretdb-src');
    rmSync(src, { recursive: true, force: true });
    cpSync(moduleDir, src, { recursive: true });
    spawnSync('chmod', ['-R', 'u+w', src]);
    writeFileSync(join(src, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
    progress('compiling FerretDB (go build)…');
    const tmpOut = `${toolsBinary(toolsDir)}.tmp`;
    await run(go, ['build', '-v', '-trimpath', '-o', tmpOut, './cmd/ferretdb'], src, progress);
    chmodSync(tmpOut, 0o755);
    // Renamed last so that a half-written binary is never mistaken for a finished one.
    renameSync(tmpOut, toolsBinary(toolsDir));
    rmSync(src, { recursive: true, force: true });
    progress(`FerretDB ${FERRETDB_VERSION} is ready at ${toolsBinary(toolsDir)}`);
    return toolsBinary(toolsDir);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function ensureFerretdb(toolsDir: string, progress: Progress): Promise<string> {
  return locateFerretdb(toolsDir) ?? (await buildFerretdb(toolsDir, progress));
}
