// `npm run teams:package [output.zip]`: writes the Teams app package from MICROSOFT_APP_ID and
// PUBLIC_HOSTNAME (environment or .env), ready to upload in Teams. It reads only those two: the
// rest of Boussole's configuration (passwords, tenant id) is none of the package's business.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { projectRoot } from '../../../src/util/project-root.js';
import { PackageInputError, buildTeamsPackage } from './build-package.js';
import { readPackageEnv } from './package-env.js';

const { appId, hostname } = readPackageEnv();
const version = (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
const output = resolve(process.argv[2] ?? join(projectRoot(), 'dist', 'boussole-teams.zip'));
try {
  const zip = buildTeamsPackage({ appId, hostname, version });
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, zip);
  process.stdout.write(`Teams app package written to ${output} (${zip.length} bytes)\n`);
} catch (error) {
  if (error instanceof PackageInputError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
