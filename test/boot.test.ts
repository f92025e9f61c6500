import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { startBoussole } from '../server/start.js';
import { parseConfig } from '../src/config/env.js';
import { createLogger } from '../src/log/logger.js';
import { toolsDir } from '../src/store/database.js';
import { ensureFerretdb } from '../src/store/embedded/ferretdb-binary.js';
import { startFerretdb } from '../src/store/embedded/ferretdb-process.js';
import { freePort } from '../src/util/free-port.js';

function memoryLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _e, done) {
      for (const l of chunk.toString().trim().split('\n')) lines.push(JSON.parse(l));
      done();
    },
  });
  return { lines, log: createLogger({ level: 'info', format: 'json', destination }) };
}

describe('start-up with the database down', () => {
  it('serves, answers 503 on /readyz while retrying, and recovers by itself when the database returns', async () => {
    const dbPort = await freePort();
    const { lines, log } = memoryLogger();
    const config = parseConfig({ PORT: '0', MONGODB_URI: `mongodb://127.0.0.1:${dbPort}/`, MONGODB_DB: 'boot_test' });
    const running = await startBoussole(config, log);
    const dir = mkdtempSync(join(tmpdir(), 'boussole-boot-'));
    try {
      const base = `http://127.0.0.1:${running.port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const down = await fetch(`${base}/readyz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
      while (!lines.some((l) => String(l.msg).includes('database unreachable; retrying in'))) await sleep(50);

      const server = await startFerretdb({ binary: await ensureFerretdb(toolsDir(), () => {}), dataDir: dir, port: dbPort });
      try {
        expect(await running.ready).toBe(true);
        expect((await fetch(`${base}/readyz`)).status).toBe(200);
      } finally {
        await running.stop();
        await server.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops promptly during an outage, without waiting for the database', async () => {
    const { log } = memoryLogger();
    const config = parseConfig({ PORT: '0', MONGODB_URI: `mongodb://127.0.0.1:${await freePort()}/` });
    const running = await startBoussole(config, log);
    const started = Date.now();
    await running.stop();
    expect(await running.ready).toBe(false);
    expect(Date.now() - started).toBeLessThan(8000);
  });
});
