import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/app.js';
import { closeServer, listen } from '../../src/http/listen.js';
import type { EmbeddedState } from '../../src/store/embedded/supervisor.js';

async function health(state: EmbeddedState | undefined, ready = true) {
  const server = await listen(createHttpApp({ ready: async () => ready, embedded: () => state }), 0, '127.0.0.1');
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const live = await fetch(`${base}/healthz`);
    const readiness = await fetch(`${base}/readyz`);
    return { live: { status: live.status, body: (await live.json()) as Record<string, unknown> }, ready: readiness.status };
  } finally {
    await closeServer(server);
  }
}

describe('/healthz and /readyz', () => {
  it('say ok and ready when the database runs (or is MONGODB_URI)', async () => {
    expect(await health({ kind: 'running', pid: 42 })).toEqual({ live: { status: 200, body: { status: 'ok' } }, ready: 200 });
    expect(await health(undefined)).toEqual({ live: { status: 200, body: { status: 'ok' } }, ready: 200 });
  });

  it('say "healing" (alive, not ready) while the embedded database is being restarted', async () => {
    const { live, ready } = await health({ kind: 'restarting', since: Date.now() - 1200, attempts: 2 }, false);
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ status: 'healing', database: 'restarting', attempts: 2 });
    expect(live.body.sinceMs).toBeGreaterThanOrEqual(1200);
    expect(ready).toBe(503);
  });

  it('say failing once the restart was given up', async () => {
    expect((await health({ kind: 'stopped' }, false)).live).toEqual({ status: 503, body: { status: 'failing', database: 'stopped' } });
  });
});
