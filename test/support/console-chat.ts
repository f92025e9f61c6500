import { Readable, Writable } from 'node:stream';
import type { Db } from 'mongodb';
import { consoleChannel } from '../../adapters/console/channel.js';
import { runConsoleChat } from '../../adapters/console/console-chat.js';
import { composeBoussole } from '../../src/app/compose.js';
import type { Repositories } from '../../src/app/repositories.js';
import { createLogger } from '../../src/log/logger.js';
import type { Engine } from '../../src/core/ports/engine.js';

export interface ConsoleHarness {
  engine: Engine;
  repositories: Repositories;
  /** Pipes these lines into the console chat as one user; resolves with everything it printed. */
  chat(lines: string[], user?: { id: string; name: string }): Promise<string>;
}

export async function consoleHarness(db: Db, tenantId = 'local', locale: 'fr' | 'en' = 'fr', clock?: () => Date): Promise<ConsoleHarness> {
  const log = createLogger({ level: 'warn', format: 'json', destination: process.stderr });
  // As `npm run chat` composes it (adapters/console/main.ts), notifications printed nowhere.
  const boussole = composeBoussole({ db, defaults: { locale, timeZone: 'America/Toronto' }, log, scheduler: () => undefined, ...(clock ? { clock } : {}) });
  boussole.register(consoleChannel(() => {}));
  await boussole.ensureIndexes();
  const { engine, repositories } = boussole;
  return {
    engine,
    repositories,
    chat: (lines, user) => chatLines(engine, tenantId, lines, user),
  };
}

/** Pipes these lines into the console chat as one user; resolves with everything it printed. */
export async function chatLines(engine: Engine, tenantId: string, lines: string[], user = { id: 'console:marie', name: 'Marie' }): Promise<string> {
  let out = '';
  const output = new Writable({
    write(chunk, _e, done) {
      out += chunk.toString();
      done();
    },
  });
  await runConsoleChat({ engine, input: Readable.from([lines.join('\n')]), output, tenantId, user, interactive: false });
  return out;
}
