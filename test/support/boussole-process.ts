import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { projectRoot } from '../../src/util/project-root.js';

export interface BoussoleProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the first JSON log line whose message contains `text`. */
  waitForLog(text: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

const spawned = new Set<ChildProcess>();

/** Kills whatever a test left running (a failed assertion before its own kill), embedded server included. */
export function killSpawned(): void {
  for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  spawned.clear();
}

/** Runs `server/main.ts` as a user would run Boussole, with the given environment only. */
export function spawnBoussole(env: Record<string, string>): BoussoleProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: projectRoot(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  spawned.add(child);
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const findLog = (text: string) =>
    out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => String(l.msg).includes(text));
  return {
    child,
    output: () => out,
    exited,
    waitForLog(text, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = findLog(text);
          if (found) {
            cleanup();
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no log line containing "${text}" within ${timeoutMs} ms; output so far:\n${out}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then(() => {
          if (!findLog(text)) {
            cleanup();
            reject(new Error(`Boussole exited before logging "${text}"; output:\n${out}`));
          }
        });
        check();
      });
    },
  };
}

/** The pids of `program` processes whose command line contains `text`. */
export async function pidsMatching(text: string, program = 'ferretdb'): Promise<number[]> {
  const { readdir, readFile } = await import('node:fs/promises');
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const argv0 = cmdline.split('\0')[0] ?? '';
    if (argv0.endsWith(`/${program}`) && cmdline.replaceAll('\0', ' ').includes(text)) pids.push(Number(entry));
  }
  return pids;
}
