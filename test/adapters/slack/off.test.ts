// Slack without its variables, as the server mounts it: nothing served, every post and channel
// check declined with the reason, and Bolt never loaded (a Teams-only server saves its memory).
import { createRequire } from 'node:module';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { slackChannel } from '../../../adapters/slack/channel.js';
import { composeBoussole } from '../../../src/app/compose.js';
import { parseConfig } from '../../../src/config/env.js';
import { listen, closeServer } from '../../../src/http/listen.js';
import { captureLog } from '../../support/log-capture.js';
import { useTestDatabase } from '../../support/mongo.js';
import { asTenant } from '../../support/tenant.js';

const { db } = useTestDatabase();

/** Packages loaded so far through Node's CommonJS loader (Bolt is CommonJS, imported or required). */
const loaded = () => Object.keys(createRequire(import.meta.url).cache);

describe('Slack with no Slack variables', () => {
  it('mounts no route, declines posts and channel checks with the reason, logs how to turn it on, and never loads Bolt', async () => {
    const { log, records } = captureLog();
    const config = parseConfig({});
    const http = express();
    const boussole = composeBoussole({ db, defaults: config.defaults, log, scheduler: () => undefined });

    const { channel } = await slackChannel.mount({ http, config, log, db, boussole });

    expect(channel.platform).toBe('slack');
    expect(await channel.notifier.post({ kind: 'user', tenantId: asTenant('slack:T1'), userId: 'U1' }, [{ kind: 'text', text: 'hello' }], 'k1')).toEqual({
      ok: false,
      reason: 'unavailable',
      detail: 'Slack is not configured (no SLACK_BOT_TOKEN or Slack OAuth variables)',
    });
    expect(await channel.directory.lookup(asTenant('slack:T1'), '#general')).toEqual({ ok: false, reason: 'unavailable', detail: 'slack is not configured' });
    expect(records().map((r) => r.msg)).toContain('Slack is off: set SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN (one workspace) or the SLACK_CLIENT_* variables (OAuth)');

    const server = await listen(http, 0, '127.0.0.1');
    try {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      await closeServer(server);
    }
    expect(loaded().filter((path) => path.includes('/node_modules/@slack/bolt/'))).toEqual([]);
    await channel.stop();
  });
});
