import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MongoClient } from 'mongodb';
import { freePort } from '../../util/free-port.js';
import { EmbeddedDatabaseUnavailable } from './ferretdb-binary.js';

export interface EmbeddedServer {
  uri: string;
  port: number;
  pid: number;
  /** Resolves when the server's process ends, with its exit code (after `stop()` too). */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

// The server runs under a tiny bash guardian holding the read end of a pipe from this process.
// When Boussole exits for any reason — even SIGKILL or a crash — the pipe closes, `read` returns,
// and the guardian stops FerretDB: no orphan server is ever left behind.
const GUARDIAN = `
exec 3<&0
"$@" </dev/null &
server=$!
( read -r _ <&3; kill -TERM "$server" 2>/dev/null ) &
watcher=$!
wait "$server"
code=$?
kill "$watcher" 2>/dev/null
exit "$code"
`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the process a pid file names still guards a server for these SQLite files. Where
 * /proc exists, a zombie or a pid reused by another program does not count; elsewhere, being
 * alive is all that can be known.
 */
function guardsFiles(pid: number, sqliteDir: string): boolean {
  if (!isAlive(pid)) return false;
  if (!existsSync('/proc/self/stat')) return true;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--sqlite-url=file:${sqliteDir}/`);
  } catch {
    return false;
  }
}

/**
 * A guardian whose Boussole was just killed stops its server, then exits a moment later: a
 * restart right after the kill (systemd, Docker, a test) must wait for that rather than refuse.
 */
async function waitForPreviousGuardian(pidFile: string, sqliteDir: string, graceMs: number): Promise<number | undefined> {
  if (!existsSync(pidFile)) return undefined;
  const previous = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(previous) || previous <= 0) return undefined;
  const until = Date.now() + graceMs;
  while (guardsFiles(previous, sqliteDir)) {
    if (Date.now() >= until) return previous;
    await sleep(50);
  }
  return undefined;
}

function tail(path: string, lines = 20): string {
  try {
    return readFileSync(path, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export interface StartOptions {
  binary: string;
  /** Holds the SQLite files (one per database); kept between runs. */
  dataDir: string;
  progress?: (message: string) => void;
  readyTimeoutMs?: number;
  /** A fixed port; by default a free one is picked. */
  port?: number;
  /** How long a previous guardian still running gets to exit before this start refuses. */
  previousGraceMs?: number;
}

export async function startFerretdb(options: StartOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const sqliteDir = join(dataDir, 'sqlite');
  const stateDir = join(dataDir, 'state');
  mkdirSync(sqliteDir, { recursive: true });
  mkdirSync(stateDir, { recursive: true });
  const pidFile = join(dataDir, 'ferretdb.pid');
  const previous = await waitForPreviousGuardian(pidFile, sqliteDir, options.previousGraceMs ?? 5000);
  if (previous !== undefined) {
    throw new EmbeddedDatabaseUnavailable(
      `The embedded database in ${dataDir} is already served by another process (pid ${previous}). Stop that Boussole first, or set BOUSSOLE_DATA_DIR or MONGODB_URI.`,
    );
  }
  const port = options.port ?? (await freePort());
  const logPath = join(stateDir, 'ferretdb.log');
  const log = createWriteStream(logPath, { flags: 'a' });
  const args = [
    options.binary,
    '--handler=sqlite',
    // WAL with synchronous=normal: a commit no longer waits for an fsync (a third faster per
    // write here); a crash of Boussole or FerretDB loses nothing, only a crash of the machine may
    // lose the last writes — fine for the local and test database this is.
    `--sqlite-url=file:${sqliteDir}/?_pragma=synchronous(normal)`,
    `--listen-addr=127.0.0.1:${port}`,
    `--state-dir=${stateDir}`,
    '--debug-addr=-',
    '--telemetry=disable',
    '--log-level=WARN',
  ];
  const child: ChildProcess = spawn('bash', ['-c', GUARDIAN, 'ferretdb-guardian', ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: a Ctrl-C in the terminal reaches Boussole, which drains its jobs
    // before stopping the database, instead of killing the database under them.
    detached: true,
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  // The pipe must not keep our event loop alive, nor die with an EPIPE on exit.
  child.stdin!.on('error', () => {});
  child.unref();
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  (child.stderr as unknown as { unref?: () => void }).unref?.();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  let exited = false;
  const exitedWith = new Promise<number | null>((resolveExit) => {
    child.on('exit', (code) => {
      exited = true;
      resolveExit(code);
    });
  });
  writeFileSync(pidFile, String(child.pid));

  const uri = `mongodb://127.0.0.1:${port}/`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  options.progress?.(`starting the embedded database (FerretDB, SQLite files in ${sqliteDir})…`);
  for (;;) {
    if (exited) {
      throw new EmbeddedDatabaseUnavailable(`FerretDB exited during start-up. Last lines of ${logPath}:\n${tail(logPath)}`);
    }
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
    try {
      await client.db('admin').command({ ping: 1 });
      await client.close();
      break;
    } catch {
      await client.close().catch(() => {});
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new EmbeddedDatabaseUnavailable(`FerretDB did not answer a ping within the time limit. Last lines of ${logPath}:\n${tail(logPath)}`);
      }
      await sleep(100);
    }
  }

  const stop = async (): Promise<void> => {
    if (!exited) {
      const gone = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
      child.stdin!.end();
      const timedOut = await Promise.race([gone.then(() => false), sleep(5000).then(() => true)]);
      if (timedOut && child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
        await gone;
      }
    }
    log.end();
    rmSync(pidFile, { force: true });
  };
  return { uri, port, pid: child.pid!, exited: exitedWith, stop };
}
