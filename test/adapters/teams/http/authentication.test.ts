import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../support/mongo.js';
import { startTeamsHarness, type TeamsHarness } from '../../../support/teams-harness.js';
import { createTestEngine, type TestEngine } from '../../../support/teams-test-engine.js';
import { personalMessage } from '../../../support/teams-activities.js';

const database = useTestDatabase();
let harness: TeamsHarness;
let engine: TestEngine;

beforeAll(async () => {
  engine = createTestEngine(database.db);
  harness = await startTeamsHarness({
    db: database.db,
    engine,
    teams: { appId: '00000000-0000-0000-0000-000000000001', appPassword: 'not-a-real-secret', appType: 'SingleTenant', tenantId: '00000000-0000-0000-0000-0000000000aa' },
  });
});
afterAll(async () => harness.close());

describe('POST /api/messages with MICROSOFT_APP_ID set', () => {
  it('refuses a request without a token with 401', async () => {
    const response = await harness.post(personalMessage({ serviceUrl: harness.connector.url, text: 'help' }));
    expect(response.status).toBe(401);
  });

  // A well-formed but unsigned JWT is checked against Microsoft's signing keys, which this offline
  // test cannot fetch; a token that is not a JWT at all is refused before that.
  it('refuses a request whose token is not a Bot Framework JWT with 401 (checked by the CloudAdapter)', async () => {
    for (const authorization of ['Bearer not-a-token', 'Basic dXNlcjpwYXNz']) {
      const response = await harness.post(personalMessage({ serviceUrl: harness.connector.url, text: 'help' }), { authorization });
      expect(response.status).toBe(401);
    }
    expect(engine.events).toHaveLength(0);
    expect(harness.connector.received).toHaveLength(0);
  });

  it('logs once at start that tokens are verified, and never the password', () => {
    expect(harness.logs.filter((l) => String(l.msg).includes('verifies Bot Framework tokens'))).toHaveLength(1);
    expect(JSON.stringify(harness.logs)).not.toContain('not-a-real-secret');
  });
});

describe('POST /api/messages without MICROSOFT_APP_ID', () => {
  const local = useTestDatabase();
  it('runs unauthenticated for local emulation and says so once in the log', async () => {
    const open = await startTeamsHarness({ db: local.db, engine: createTestEngine(local.db) });
    try {
      expect((await open.post(personalMessage({ serviceUrl: open.connector.url, text: 'help' }))).status).toBe(200);
      expect(open.logs.filter((l) => l.level === 'warn' && String(l.msg).includes('runs unauthenticated'))).toHaveLength(1);
    } finally {
      await open.close();
    }
  });
});
