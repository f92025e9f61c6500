import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { projectRoot } from '../../src/util/project-root.js';
import { compileBenchServer } from './compile-server.js';
import { processMemoryMb, type LoopDelay, type MemoryMb } from './process-figures.js';
import { serverMessageSchema, type ParentMessage, type ServerMessage, type ServerSettings } from './server-protocol.js';

let compiled: string | undefined;

/** Boussole's server under test, running in its own process. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Starts measuring the server's event-loop delay. */
  watch(): Promise<void>;
  /**
   * Since `watch`: the event-loop delay and the database commands by name; the server's memory now
   * and at its peak; its Slack turn limit.
   */
  figures(): Promise<{ delay: LoopDelay; commands: Record<string, number>; memory: MemoryMb & { heapUsed: number; heapTotal: number; breakdown: Record<string, number> }; turns?: number }>;
  stop(): Promise<void>;
}

/**
 * Starts bench/support/server-main.ts in a child process, compiled to JavaScript first (once per
 * run) so the process is the server as `npm start` runs it. With BENCH_CPU_PROF set to a folder,
 * the server writes a CPU profile of the measured run there (bench/support/profile-summary.ts).
 */
export async function startServerProcess(settings: ServerSettings): Promise<ServerProcess> {
  compiled ??= compileBenchServer();
  const child = fork(compiled, [], {
    execArgv: ['--expose-gc', ...nodeFlags()],
    env: { ...process.env, BENCH_SERVER: JSON.stringify(settings) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  const next = (type: ServerMessage['type']) => nextMessage(child, type, exited);
  const { url } = (await next('ready')) as Extract<ServerMessage, { type: 'ready' }>;
  const post = (message: ParentMessage) => child.send(message);
  return {
    url,
    pid: child.pid!,
    async watch() {
      const watching = next('watching');
      post({ type: 'watch' });
      await watching;
    },
    async figures() {
      const memory = processMemoryMb(child.pid!);
      const answer = next('figures');
      post({ type: 'figures' });
      const { delay, commands, heap, breakdown, turns } = (await answer) as Extract<ServerMessage, { type: 'figures' }>;
      return { delay, commands, memory: { ...memory, heapUsed: heap.used, heapTotal: heap.total, breakdown }, ...(turns === undefined ? {} : { turns }) };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      post({ type: 'stop' });
      await exited;
    },
  };
}

/**
 * The V8 flags `npm start` gives node (package.json's start script: the memory settings README's
 * Benchmarks section explains), so the server measured is the server deployed. BENCH_NODE_FLAGS
 * replaces them, to compare settings.
 */
function nodeFlags(): string[] {
  const override = process.env.BENCH_NODE_FLAGS;
  if (override !== undefined) return override.split(' ').filter(Boolean);
  const start = z.object({ scripts: z.object({ start: z.string() }) }).parse(JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8'))).scripts.start;
  const words = start.split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--'));
}

function nextMessage(child: ChildProcess, type: ServerMessage['type'], exited: Promise<unknown>): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (raw: unknown) => {
      const message = serverMessageSchema.parse(raw);
      if (message.type !== type) return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    void exited.then(() => {
      child.off('message', onMessage);
      reject(new Error(`the bench's server process exited before answering "${type}" (its output is above)`));
    });
  });
}

/** A bare Bolt app in its own process (bench/support/bare-bolt-main.ts), with the flags `npm start` gives node. */
export async function startBareBoltProcess(settings: { signingSecret: string; apiUrl: string; respond: boolean }): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  compiled ??= compileBenchServer();
  const child = fork(join(dirname(compiled), 'bare-bolt-main.js'), [], {
    execArgv: nodeFlags(),
    env: { ...process.env, BENCH_BARE_BOLT: JSON.stringify(settings) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = once(child, 'exit');
  // It says `ready` with its URL as the server does (server-protocol.ts).
  const { url } = (await nextMessage(child, 'ready', exited)) as Extract<ServerMessage, { type: 'ready' }>;
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send({ type: 'stop' });
      await exited;
    },
  };
}
