// One database server for the whole test run: the MONGODB_URI given (a real MongoDB), else the
// embedded FerretDB in a throwaway folder, started through the same code Boussole uses.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { toolsDir } from '../../src/store/database.js';
import { ensureFerretdb } from '../../src/store/embedded/ferretdb-binary.js';
import { startFerretdb, type EmbeddedServer } from '../../src/store/embedded/ferretdb-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mongoUri: string;
    mongoKind: 'embedded' | 'external';
  }
}

let server: EmbeddedServer | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const external = process.env.MONGODB_URI;
  if (external) {
    project.provide('mongoUri', external);
    project.provide('mongoKind', 'external');
    return;
  }
  const binary = await ensureFerretdb(toolsDir(), (message) => console.log(message));
  dir = mkdtempSync(join(tmpdir(), 'boussole-test-db-'));
  server = await startFerretdb({ binary, dataDir: dir });
  project.provide('mongoUri', server.uri);
  project.provide('mongoKind', 'embedded');
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
