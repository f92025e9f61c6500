// Boussole as a user runs it: the real entry point in a child process.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killSpawned, pidsMatching, spawnBoussole } from './support/boussole-process.js';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'boussole-main-'));
  dirs.push(dir);
  return dir;
}
afterEach(killSpawned);
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function waitForNoProcess(text: string, timeoutMs = 10_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = await pidsMatching(text);
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(100);
    left = await pidsMatching(text);
  }
  return left;
}

// Each case starts Boussole (and its embedded server) as a process, some twice: 90 s leaves room for a loaded machine.
describe('npm start', () => {
  it('stops at once on a bad variable, with one line naming it', async () => {
    const boussole = spawnBoussole({ PORT: 'http', BOUSSOLE_DATA_DIR: dataDir() });
    expect(await boussole.exited).toBe(2);
    expect(boussole.output().trim()).toBe('Invalid configuration: PORT — expected a port number from 1 to 65535');
  });

  it('serves on the embedded database, reports ready, and leaves no database process after SIGTERM', async () => {
    const dir = dataDir();
    const boussole = spawnBoussole({ PORT: '0', BOUSSOLE_DATA_DIR: dir });
    const listening = await boussole.waitForLog('Boussole listens on');
    await boussole.waitForLog('scheduler started');
    const base = `http://127.0.0.1:${listening.port}`;
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await pidsMatching(`--sqlite-url=file:${dir}`)).toHaveLength(1);
    boussole.child.kill('SIGTERM');
    expect(await boussole.exited).toBe(0);
    expect(boussole.output()).toContain('stopped cleanly');
    expect(await waitForNoProcess(`--sqlite-url=file:${dir}`, 2000)).toEqual([]);
  }, 90_000);

  it('stops cleanly when told to during its start', async () => {
    const dir = dataDir();
    const boussole = spawnBoussole({ PORT: '0', BOUSSOLE_DATA_DIR: dir });
    await boussole.waitForLog('starting the embedded database');
    boussole.child.kill('SIGTERM');
    expect(await boussole.exited).toBe(0);
    expect(boussole.output()).toContain('stopped cleanly');
    expect(await waitForNoProcess(`--sqlite-url=file:${dir}`, 2000)).toEqual([]);
  }, 90_000);

  it('leaves no database process behind even when killed outright', async () => {
    const dir = dataDir();
    const boussole = spawnBoussole({ PORT: '0', BOUSSOLE_DATA_DIR: dir });
    await boussole.waitForLog('scheduler started');
    expect(await pidsMatching(`--sqlite-url=file:${dir}`)).toHaveLength(1);
    boussole.child.kill('SIGKILL');
    await boussole.exited;
    expect(await waitForNoProcess(`--sqlite-url=file:${dir}`)).toEqual([]);
  }, 90_000);

  it('keeps development data across restarts', async () => {
    const dir = dataDir();
    for (const round of [1, 2]) {
      const boussole = spawnBoussole({ PORT: '0', BOUSSOLE_DATA_DIR: dir });
      const ready = await boussole.waitForLog('embedded database ready');
      const { MongoClient } = await import('mongodb');
      const client = new MongoClient(String(ready.uri), { maxPoolSize: 1 });
      const col = client.db('boussole').collection('restart_probe');
      if (round === 1) await col.insertOne({ tenantId: 'console', note: 'kept' });
      else expect(await col.findOne({ tenantId: 'console' })).toMatchObject({ note: 'kept' });
      await client.close();
      boussole.child.kill('SIGTERM');
      expect(await boussole.exited).toBe(0);
    }
  }, 90_000);

  it('says in one line that the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const boussole = spawnBoussole({ PORT: String(port), BOUSSOLE_DATA_DIR: dataDir(), MONGODB_URI: 'mongodb://127.0.0.1:9/' });
      expect(await boussole.exited).toBe(1);
      expect(boussole.output()).toContain(`Port ${port} is already in use`);
      expect(boussole.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  }, 90_000);
});
