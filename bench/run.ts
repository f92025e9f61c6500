// `npm run bench [name-filter]`: runs every bench/*.bench.ts in turn; each prints lines of the form
// `bench <name>: <figures> baseline=<figures> ratio=<x>`, its baseline measured in the same run.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();

for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as { run: () => Promise<string[]> };
  for (const line of await module.run()) console.log(line);
}
