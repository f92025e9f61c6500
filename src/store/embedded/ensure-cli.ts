// `npm run db:ensure`: makes the embedded database available (finds or builds FerretDB) through
// the same code the server and the tests use. Used by .ci/run before the tests.
import { toolsDir } from '../database.js';
import { EmbeddedDatabaseUnavailable, ensureFerretdb } from './ferretdb-binary.js';

try {
  const binary = await ensureFerretdb(toolsDir(), (message) => console.log(message));
  console.log(`embedded database available: ${binary}`);
} catch (error) {
  if (error instanceof EmbeddedDatabaseUnavailable) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
