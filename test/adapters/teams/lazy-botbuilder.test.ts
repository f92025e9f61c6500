// Teams mounted but not yet used holds no botbuilder: a server that only serves Slack never pays
// for it. The first activity loads it and is answered like any other.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/mongo.js';
import { alice, personalMessage } from '../../support/teams-activities.js';
import { textOf } from '../../support/teams-cards.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-harness.js';
import { createTestEngine } from '../../support/teams-test-engine.js';

const database = useTestDatabase();
let harness: TeamsHarness;

beforeAll(async () => {
  harness = await startTeamsHarness({ db: database.db, engine: createTestEngine(database.db) });
});
afterAll(async () => harness.close());

/** botbuilder's files loaded so far through Node's CommonJS loader (botbuilder is CommonJS). */
const botbuilderLoaded = () => Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('/node_modules/botbuilder/'));

describe('botbuilder, loaded on first use', () => {
  it('is not loaded by mounting Teams; the first activity loads it and gets its answer', async () => {
    expect(botbuilderLoaded()).toEqual([]);
    const activity = personalMessage({ serviceUrl: harness.connector.url, text: 'status' });
    expect((await harness.post(activity)).status).toBe(200);
    const [reply] = await harness.connector.waitFor(`a:personal-${alice.aadObjectId}`);
    expect(reply!.replyToId).toBe(activity.id);
    expect(textOf(reply!)).toContain('heard: status');
    expect(botbuilderLoaded()).not.toEqual([]);
  });
});
