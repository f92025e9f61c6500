// Case 7: every secret Boussole is given — Slack's client and state secrets and signing secret,
// the Teams app password, the database password (the bot token is in every other fault case) —
// is absent from every log line, even at debug level and through failures that log the most:
// an unreachable database, a refused OAuth exchange, forged and unauthenticated requests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolsDir } from '../../src/store/database.js';
import { ensureFerretdb } from '../../src/store/embedded/ferretdb-binary.js';
import { startFerretdb, type EmbeddedServer } from '../../src/store/embedded/ferretdb-process.js';
import { killSpawned, spawnBoussole, type BoussoleProcess } from '../support/boussole-process.js';
import { startFakeSlackApi, type FakeSlackApi } from '../support/fake-slack-api.js';
import { commandBody, sign } from '../support/slack-requests.js';
import { personalMessage, alice } from '../support/teams-activities.js';
import { leakedSecrets, logLines, SECRETS } from '../support/fault-harness.js';

let dir: string;
let server: EmbeddedServer;
let slack: FakeSlackApi;
let boussole: BoussoleProcess;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'boussole-secrets-'));
  server = await startFerretdb({ binary: await ensureFerretdb(toolsDir(), () => {}), dataDir: join(dir, 'db') });
  slack = await startFakeSlackApi();
  const withPassword = server.uri.replace('mongodb://', `mongodb://boussole:${SECRETS.databasePassword}@`);
  boussole = spawnBoussole({
    PORT: '0',
    LOG_LEVEL: 'debug',
    BOUSSOLE_DATA_DIR: join(dir, 'data'),
    MONGODB_URI: withPassword,
    SLACK_SIGNING_SECRET: SECRETS.slackSigningSecret,
    SLACK_CLIENT_ID: '1234.5678',
    SLACK_CLIENT_SECRET: SECRETS.slackClientSecret,
    SLACK_STATE_SECRET: SECRETS.slackStateSecret,
    SLACK_API_URL: slack.apiUrl,
    MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001',
    MICROSOFT_APP_PASSWORD: SECRETS.teamsAppPassword,
    MICROSOFT_APP_TENANT_ID: '00000000-0000-0000-0000-000000000002',
  });
  base = `http://127.0.0.1:${String((await boussole.waitForLog('Boussole listens on')).port)}`;
});
afterAll(async () => {
  boussole?.child.kill('SIGTERM');
  await boussole?.exited;
  await slack?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
  killSpawned();
});

describe('secrets in the logs', () => {
  it('never writes a secret, whatever fails', async () => {
    // The database with a password it does not know: readiness and retries get logged.
    await fetch(`${base}/readyz`);
    // Slack OAuth: the install page, then a callback whose code Slack refuses.
    await fetch(`${base}/slack/install`, { redirect: 'manual' });
    await fetch(`${base}/slack/oauth_redirect?code=bad-code&state=forged-state`, { redirect: 'manual' });
    // A command signed with the wrong secret, and one signed right.
    const forged = sign(commandBody('help', { responseUrl: slack.responseUrl('x') }), 'application/x-www-form-urlencoded', { secret: 'not-the-secret' });
    expect((await fetch(`${base}/slack/events`, { method: 'POST', headers: forged.headers, body: forged.body })).status).toBe(401);
    const signed = sign(commandBody('help', { responseUrl: slack.responseUrl('y') }), 'application/x-www-form-urlencoded');
    await fetch(`${base}/slack/events`, { method: 'POST', headers: signed.headers, body: signed.body });
    // Teams without a token.
    const activity = personalMessage({ serviceUrl: 'http://127.0.0.1:9/', user: alice, text: 'help' });
    expect((await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) })).status).toBe(401);
    // Let the readiness loop log a retry or two.
    await boussole.waitForLog('database', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2000));

    const output = boussole.output();
    expect(logLines(output).length).toBeGreaterThan(5);
    expect(leakedSecrets(output)).toEqual([]);
    // The connection string is logged, its password hidden.
    expect(output).toContain('[redacted]@127.0.0.1');
    expect(Object.keys(SECRETS)).toHaveLength(6);
    console.info(`[fault 7] ${logLines(output).length} log lines at debug level through failures: no secret among them`);
  });
});
