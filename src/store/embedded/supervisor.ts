import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../log/logger.js';
import { startFerretdb, type EmbeddedServer, type StartOptions } from './ferretdb-process.js';

/** What the embedded server is doing, for `/healthz` and the logs. */
export type EmbeddedState = { kind: 'running'; pid: number } | { kind: 'restarting'; since: number; attempts: number } | { kind: 'stopped' };

export interface SupervisedServer {
  /** Always the same: a restart reuses the port, so the driver reconnects by itself. */
  uri: string;
  state(): EmbeddedState;
  /** How many times the server was restarted since Boussole started. */
  restarts(): number;
  stop(): Promise<void>;
}

export interface SuperviseOptions extends StartOptions {
  log: Logger;
  /** Called once when the server could not be brought back within `giveUpAfterMs`. */
  onGiveUp(error: Error): void;
  /** How long a failure may last before giving up (the process then exits for its supervisor). */
  giveUpAfterMs?: number;
  /** The first wait before a restart; doubled after each failed attempt, up to 5 s. */
  firstDelayMs?: number;
  /** How long a restarted server must stay up before a new failure starts a new count. */
  stableAfterMs?: number;
}

export class EmbeddedDatabaseLost extends Error {
  constructor(readonly attempts: number, readonly lastError: string) {
    super(`The embedded database exited and could not be restarted (${attempts} attempts): ${lastError}`);
    this.name = 'EmbeddedDatabaseLost';
  }
}

/**
 * Starts the embedded FerretDB and keeps it running: when it exits without being asked to (killed,
 * crashed), it is started again on the same port and the same SQLite files, after a growing pause,
 * each attempt logged. A failure that outlasts `giveUpAfterMs` — counted from the first exit, so a
 * server that dies again right after each restart counts too — ends in `onGiveUp`: a process that
 * cannot heal must stop so that systemd, Docker or Kubernetes restart it.
 */
export async function superviseFerretdb(options: SuperviseOptions): Promise<SupervisedServer> {
  const { log, onGiveUp } = options;
  const giveUpAfterMs = options.giveUpAfterMs ?? 60_000;
  const firstDelayMs = options.firstDelayMs ?? 250;
  const stableAfterMs = options.stableAfterMs ?? 60_000;
  let server: EmbeddedServer = await startFerretdb(options);
  const port = server.port;
  let state: EmbeddedState = { kind: 'running', pid: server.pid };
  let restarts = 0;
  let stopping = false;
  // Set at an unexpected exit; cleared once a restarted server has stayed up a while.
  let failingSince: number | undefined;
  let attempts = 0;
  let stable: NodeJS.Timeout | undefined;
  const stopped = new AbortController();

  const heal = async (code: number | null): Promise<void> => {
    failingSince ??= Date.now();
    clearTimeout(stable);
    log.warn({ exitCode: code, port }, 'the embedded database exited unexpectedly; restarting it on the same data');
    let delay = firstDelayMs;
    let lastError = `exit code ${code}`;
    for (;;) {
      attempts += 1;
      state = { kind: 'restarting', since: failingSince, attempts };
      try {
        await sleep(delay, undefined, { signal: stopped.signal });
      } catch {
        return; // Boussole is stopping
      }
      const left = giveUpAfterMs - (Date.now() - failingSince);
      if (left <= 0) break;
      try {
        server = await startFerretdb({ ...options, port, readyTimeoutMs: Math.min(left, 30_000), progress: undefined });
      } catch (error) {
        lastError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        // The first line only: the server's log tail is in its own file, and would repeat here at every attempt.
        log.warn({ attempt: attempts, retryInMs: Math.min(delay * 2, 5000), reason: lastError }, 'the embedded database did not restart; trying again');
        delay = Math.min(delay * 2, 5000);
        continue;
      }
      if (stopping) {
        await server.stop();
        return;
      }
      restarts += 1;
      log.info({ pid: server.pid, port, attempts, healedInMs: Date.now() - failingSince }, 'the embedded database was restarted; the driver reconnects');
      state = { kind: 'running', pid: server.pid };
      stable = setTimeout(() => {
        failingSince = undefined;
        attempts = 0;
      }, stableAfterMs);
      stable.unref();
      watch(server);
      return;
    }
    state = { kind: 'stopped' };
    const error = new EmbeddedDatabaseLost(attempts, lastError);
    log.fatal({ err: error, giveUpAfterMs }, 'the embedded database could not be restarted in time; Boussole stops so that its supervisor restarts it');
    onGiveUp(error);
  };

  const watch = (current: EmbeddedServer): void => {
    void current.exited.then((code) => {
      if (stopping || current !== server) return;
      return heal(code);
    });
  };
  watch(server);

  return {
    uri: server.uri,
    state: () => state,
    restarts: () => restarts,
    async stop() {
      stopping = true;
      stopped.abort();
      clearTimeout(stable);
      state = { kind: 'stopped' };
      await server.stop();
    },
  };
}
