import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { toolsDir } from '../../../src/store/database.js';
import { ensureFerretdb } from '../../../src/store/embedded/ferretdb-binary.js';
import { startFerretdb, type EmbeddedServer } from '../../../src/store/embedded/ferretdb-process.js';

const dirs: string[] = [];
const running: EmbeddedServer[] = [];
const strays: ChildProcess[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.stop();
  for (const child of strays.splice(0)) child.kill('SIGKILL');
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'boussole-ferretdb-'));
  dirs.push(dir);
  return dir;
}

async function start(dataDir: string, previousGraceMs?: number): Promise<EmbeddedServer> {
  const server = await startFerretdb({
    binary: await ensureFerretdb(toolsDir(), () => {}),
    dataDir,
    ...(previousGraceMs === undefined ? {} : { previousGraceMs }),
  });
  running.push(server);
  return server;
}

/** A process left in the pid file: `script` runs with `args` on its command line. */
function leftInPidFile(dataDir: string, script: string, args: string[]): ChildProcess {
  const child = spawn('bash', ['-c', script, 'stray', ...args], { stdio: 'ignore' });
  strays.push(child);
  writeFileSync(join(dataDir, 'ferretdb.pid'), String(child.pid));
  return child;
}

describe('starting the embedded database on a data folder', () => {
  it('refuses while another Boussole’s server still serves the same files, and starts once it stopped', async () => {
    const dataDir = dataFolder();
    const first = await start(dataDir);
    await expect(start(dataDir, 200)).rejects.toThrow(`already served by another process (pid ${String(first.pid)})`);
    await first.stop();
    running.splice(running.indexOf(first), 1);
    const second = await start(dataDir);
    expect(second.pid).not.toBe(first.pid);
  });

  it('waits for the guardian of a Boussole just killed, which exits a moment after its server', async () => {
    const dataDir = dataFolder();
    mkdirSync(join(dataDir, 'sqlite'), { recursive: true });
    const guardian = leftInPidFile(dataDir, 'sleep 0.5', [`--sqlite-url=file:${join(dataDir, 'sqlite')}/?x`]);
    const gone = new Promise((resolve) => guardian.once('exit', resolve));
    let guardianGone = false;
    void gone.then(() => (guardianGone = true));
    await start(dataDir);
    expect(guardianGone).toBe(true);
  });

  it('ignores a pid file whose number now belongs to an unrelated program', async () => {
    const dataDir = dataFolder();
    const unrelated = leftInPidFile(dataDir, 'sleep 30', []);
    await start(dataDir, 60_000);
    expect(unrelated.exitCode).toBeNull();
  });
});
