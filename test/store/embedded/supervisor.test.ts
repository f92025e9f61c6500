import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { captureLog } from '../../support/log-capture.js';
import { toolsDir } from '../../../src/store/database.js';
import { ensureFerretdb } from '../../../src/store/embedded/ferretdb-binary.js';
import { EmbeddedDatabaseLost, superviseFerretdb, type SupervisedServer } from '../../../src/store/embedded/supervisor.js';
import { holdPort, serverPids, waitForNoServer } from '../../support/fault-harness.js';

const dirs: string[] = [];
const running: SupervisedServer[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) await server.stop();
});
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function supervise(options: { giveUpAfterMs?: number; onGiveUp?: (error: Error) => void } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'boussole-supervisor-'));
  dirs.push(dataDir);
  const { log, records } = captureLog();
  const server = await superviseFerretdb({
    binary: await ensureFerretdb(toolsDir(), () => {}),
    dataDir,
    log,
    onGiveUp: options.onGiveUp ?? (() => {}),
    firstDelayMs: 100,
    ...(options.giveUpAfterMs ? { giveUpAfterMs: options.giveUpAfterMs } : {}),
  });
  running.push(server);
  return { server, dataDir, lines: records };
}

async function until<T>(read: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the supervised embedded database', () => {
  it('is started again on the same port and data after it is killed, and the same client carries on', async () => {
    const { server, dataDir, lines } = await supervise();
    const client = new MongoClient(server.uri, { maxPoolSize: 1, serverSelectionTimeoutMS: 20_000 });
    try {
      await client.db('t').collection('c').insertOne({ _id: 'before' as never });
      const [pid] = await serverPids(dataDir);
      process.kill(pid!, 'SIGKILL');
      await until(() => server.state().kind === 'restarting');
      await until(() => server.state().kind === 'running' && server.restarts() === 1);
      expect(await client.db('t').collection('c').findOne({ _id: 'before' as never })).toEqual({ _id: 'before' });
      expect((await serverPids(dataDir)).length).toBe(1);
      expect(lines().map((l) => l.msg)).toEqual(
        expect.arrayContaining(['the embedded database exited unexpectedly; restarting it on the same data', 'the embedded database was restarted; the driver reconnects']),
      );
    } finally {
      await client.close();
    }
  });

  it('gives up after its time limit when the server cannot start again, saying why', async () => {
    let gaveUp: Error | undefined;
    const { server, dataDir, lines } = await supervise({ giveUpAfterMs: 1500, onGiveUp: (error) => (gaveUp = error) });
    const port = Number(new URL(server.uri).port);
    const [pid] = await serverPids(dataDir);
    process.kill(pid!, 'SIGKILL');
    const blocker = await holdPort(port);
    try {
      const error = await until(() => gaveUp);
      expect(error).toBeInstanceOf(EmbeddedDatabaseLost);
      expect(server.state()).toEqual({ kind: 'stopped' });
      const fatal = lines().find((l) => l.level === 'fatal');
      expect(fatal).toMatchObject({ err: { name: 'EmbeddedDatabaseLost', message: expect.stringContaining('could not be restarted') } });
      expect(await serverPids(dataDir)).toEqual([]);
    } finally {
      await blocker.release();
    }
  });

  it('does not restart a server it was asked to stop', async () => {
    const { server, dataDir, lines } = await supervise();
    await server.stop();
    await waitForNoServer(dataDir);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await serverPids(dataDir)).toEqual([]);
    expect(lines().filter((l) => String(l.msg).includes('restart'))).toEqual([]);
  });
});
