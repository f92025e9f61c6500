// `npm run chat`: Boussole in the terminal, on the same engine and database as the bots.
import { userInfo } from 'node:os';
import { composeBoussole } from '../../src/app/compose.js';
import { loadConfigOrExit } from '../../src/config/load.js';
import { createLogger } from '../../src/log/logger.js';
import { openDatabase } from '../../src/store/database.js';
import { EmbeddedDatabaseUnavailable } from '../../src/store/embedded/ferretdb-binary.js';
import { consoleChannel } from './channel.js';
import { runConsoleChat } from './console-chat.js';
import { CONSOLE_TEXT } from './texts.js';
import { systemLocale } from './system-locale.js';

const config = loadConfigOrExit();
// Logs go to stderr so that stdout holds only the conversation (pipe-friendly).
const log = createLogger({ level: process.env.LOG_LEVEL ?? 'warn', format: 'json', destination: process.stderr });
const interactive = Boolean(process.stdin.isTTY);

let database;
try {
  database = await openDatabase({ uri: config.mongo.uri, dbName: config.mongo.dbName, dataDir: config.dataDir, log });
} catch (error) {
  if (error instanceof EmbeddedDatabaseUnavailable) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
if (!(await database.ping(5000))) {
  process.stderr.write('The database does not answer: check MONGODB_URI, or unset it to use the embedded database.\n');
  await database.close();
  process.exit(1);
}
// The same Boussole as the server's, with the console as its only platform: notifications print
// on stderr; jobs do not run in the chat.
const boussole = composeBoussole({ db: database.db, defaults: config.defaults, log, scheduler: () => undefined });
boussole.register(consoleChannel((text) => process.stderr.write(`${text}\n`)));
await boussole.ensureIndexes();
const { engine } = boussole;

const name = process.env.BOUSSOLE_CONSOLE_USER ?? userInfo().username;
const platformLocale = systemLocale(process.env);
if (interactive) {
  process.stdout.write(
    `${CONSOLE_TEXT.t(platformLocale ?? config.defaults.locale, 'welcome', { name })}\n`,
  );
}
await runConsoleChat({
  engine,
  input: process.stdin,
  output: process.stdout,
  tenantId: process.env.BOUSSOLE_CONSOLE_TENANT ?? 'local',
  user: { id: `console:${name}`, name },
  ...(platformLocale ? { platformLocale } : {}),
  interactive,
});
await database.close();
