// A Teams user's language follows their Teams client until they choose one with `language`: the
// client switched from English to French is followed at the next message; a choice is kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/mongo.js';
import { startTeamsWithRealEngine, type TeamsHarness } from '../../support/teams-harness.js';
import { AAD_TENANT, bob, personalMessage } from '../../support/teams-activities.js';
import { textOf } from '../../support/teams-cards.js';
import { personalChat } from '../../support/teams-personal.js';

const database = useTestDatabase();
let harness: TeamsHarness;
const bobChat = `a:personal-${bob.aadObjectId}`;
const bobTenant = `teams:${AAD_TENANT}:personal:${bob.aadObjectId}`;

beforeAll(async () => {
  harness = await startTeamsWithRealEngine(database.db);
});
afterAll(async () => harness.close());

const { send } = personalChat(() => harness, 'en-US', bobChat);
const from = (locale: string, text: string) => send(personalMessage({ serviceUrl: harness.connector.url, user: bob, text, locale }));
const stored = async () => database.db.collection('users').findOne({ tenantId: bobTenant });

describe('the language of a Teams user', () => {
  it('follows the Teams client when it changes, until the person chooses one; then keeps the choice', async () => {
    expect(textOf(await from('en-US', 'help'))).toContain('Boussole — commands');
    expect(await stored()).toMatchObject({ locale: 'en', localeFrom: 'platform' });

    // Bob switches his Teams client to French: Boussole follows, and remembers it for reminders.
    expect(textOf(await from('fr-CA', 'help'))).toContain('Boussole — commandes');
    expect(await stored()).toMatchObject({ locale: 'fr', localeFrom: 'platform' });

    // He chooses English in Boussole: his client's French no longer changes it.
    expect(textOf(await from('fr-CA', 'language en'))).toContain('English');
    expect(textOf(await from('fr-CA', 'help'))).toContain('Boussole — commands');
    expect(await stored()).toMatchObject({ locale: 'en', localeFrom: 'chosen' });
  }, 30_000);
});
