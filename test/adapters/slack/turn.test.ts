// The language of the adapter's own words on a turn: read from the person's Boussole preferences
// only when the adapter speaks without the engine (a failed turn), never on a turn that succeeds.
import { MongoClient, type CommandStartedEvent } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_TEXT } from '../../../adapters/slack/i18n.js';
import { UserPrefsRepository } from '../../../src/tenants/user-prefs.js';
import { clientOptionsFor } from '../../../src/store/client-options.js';
import { engineOf } from '../../support/engine-doubles.js';
import { useTestDatabase } from '../../support/mongo.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { asTenant } from '../../support/tenant.js';

const { uri, kind, dbName } = useTestDatabase();
// The harness's own client, watched: which commands a turn sends, as the driver reports them.
const client = new MongoClient(uri, { ...clientOptionsFor(kind), monitorCommands: true });
const db = client.db(dbName);
const commands: CommandStartedEvent[] = [];
client.on('commandStarted', (event) => commands.push(event));
let failing = false;
let h: SlackHarness;

beforeAll(async () => {
  h = await startSlackHarness({
    db,
    engine: engineOf(async () => {
      if (failing) throw new Error('the engine broke');
      return [{ kind: 'text', text: 'Here is the help.' }];
    }),
  });
  await new UserPrefsRepository(db).setLocale(asTenant('slack:T1'), 'U1', 'fr');
});
afterAll(async () => {
  await h.close();
  await client.close();
});

const preferenceReads = () => commands.filter((c) => c.commandName === 'find' && (c.command as { find?: unknown }).find === 'users').length;

describe('the adapter’s language on a Slack turn', () => {
  it('costs no read of the person’s preferences when the engine answers (the engine reads them itself)', async () => {
    commands.length = 0;
    await h.command('help', { responseId: 'ok' });
    const answer = await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'ok'), 5000, 'the answer');
    expect(answer.body.text).toBe('Here is the help.');
    expect(preferenceReads()).toBe(0);
  });

  it('says "try again" in the language the person chose in Boussole when the turn fails, though Slack reports English', async () => {
    failing = true;
    try {
      await h.command('help', { responseId: 'failed' });
      const answer = await h.api.waitFor(() => h.api.responses.find((r) => r.id === 'failed'), 5000, 'the apology');
      expect(answer.body.text).toBe(SLACK_TEXT.t('fr', 'tryAgain'));
    } finally {
      failing = false;
    }
  });
});
