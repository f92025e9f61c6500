import { Readable, Writable } from 'node:stream';
import type { Db } from 'mongodb';
import { runConsoleChat } from '../../adapters/console/console-chat.js';
import { assemble } from '../../src/app/assemble.js';
import { ConsoleNotifier } from '../../src/notify/console-notifier.js';
import { createLogger } from '../../src/log/logger.js';
import type { Engine } from '../../src/core/ports/engine.js';
import { ensureIndexes } from '../../src/store/repository.js';
import { createRepositories, listRepositories, type Repositories } from '../../src/app/repositories.js';

export interface ConsoleHarness {
  engine: Engine;
  repositories: Repositories;
  /** Pipes these lines into the console chat as one user; resolves with everything it printed. */
  chat(lines: string[], user?: { id: string; name: string }): Promise<string>;
}

export async function consoleHarness(db: Db, tenantId = 'local', locale: 'fr' | 'en' = 'fr'): Promise<ConsoleHarness> {
  const repositories = createRepositories(db);
  await ensureIndexes(listRepositories(repositories));
  const log = createLogger({ level: 'warn', format: 'json', destination: process.stderr });
  const { engine } = assemble({
    repositories,
    defaults: { locale, timeZone: 'America/Toronto' },
    log,
    notifier: new ConsoleNotifier(() => {}),
    scheduler: () => undefined,
  });
  return {
    engine,
    repositories,
    async chat(lines, user = { id: 'console:marie', name: 'Marie' }) {
      let out = '';
      const output = new Writable({
        write(chunk, _e, done) {
          out += chunk.toString();
          done();
        },
      });
      await runConsoleChat({ engine, input: Readable.from([lines.join('\n')]), output, tenantId, user, locale, interactive: false });
      return out;
    },
  };
}
