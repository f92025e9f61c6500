import { loadConfigOrExit } from '../src/config/load.js';
import { createLogger } from '../src/log/logger.js';
import { startBoussole, type Running } from './start.js';
import { PortInUse } from '../src/http/listen.js';
import { EmbeddedDatabaseUnavailable } from '../src/store/embedded/ferretdb-binary.js';

const config = loadConfigOrExit();
const log = createLogger(config.log);

// A stray rejection inside a library (a driver retry, a platform SDK) must be seen, not crash a
// bot that is serving other teams.
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

// Signals are handled from the very start: a SIGTERM while Boussole is still starting (building
// the embedded database, mounting Slack and Teams) stops it cleanly once the start is done.
let running: Running | undefined;
let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (!running) return; // the start-up below stops it once it is up
  log.info({ signal }, 'stopping: no new requests, draining jobs, closing the database');
  try {
    await running.stop();
    log.info('stopped cleanly');
    log.flush?.();
    process.exit(0);
  } catch (error) {
    log.error({ err: error }, 'error while stopping');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

try {
  running = await startBoussole(config, log);
} catch (error) {
  if (error instanceof PortInUse || error instanceof EmbeddedDatabaseUnavailable) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
if (stopping) {
  stopping = false;
  await shutdown('signal during start-up');
}
