// Whose language a Teams card speaks: the person's Boussole language, first taken from their Teams
// client, then the one they choose — the adapter's own words (Send, placeholders, refusals) included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedActivity } from '../../support/fake-bot-connector.js';
import { useTestDatabase } from '../../support/mongo.js';
import { alice, bob, personalMessage, type TestUser } from '../../support/teams-activities.js';
import { cardsOf, elementsOf, textOf } from '../../support/teams-cards.js';
import { startTeamsWithRealEngine, type TeamsHarness } from '../../support/teams-harness.js';

const database = useTestDatabase();
let harness: TeamsHarness;

beforeAll(async () => {
  // The team's language is French.
  harness = await startTeamsWithRealEngine(database.db);
});
afterAll(async () => harness.close());

async function send(user: TestUser, locale: string, input: { text?: string; value?: unknown }): Promise<ReceivedActivity> {
  const chat = `a:personal-${user.aadObjectId}`;
  const before = harness.connector.for(chat).length;
  expect((await harness.post(personalMessage({ serviceUrl: harness.connector.url, user, locale, ...input }))).status).toBe(200);
  const received = await harness.connector.waitFor(chat, before + 1);
  return received[received.length - 1]!;
}
const words = (received: ReceivedActivity) =>
  cardsOf(received)
    .flatMap(elementsOf)
    .flatMap((e) => [e.title, e.placeholder, e.label].filter((v): v is string => typeof v === 'string'));

describe('the language of a Teams card', () => {
  it('a new person gets their Teams client’s language, not the team’s', async () => {
    const card = await send(bob, 'en-US', { text: 'step 1' });
    expect(textOf(card)).toContain('Step 1');
    expect(textOf(card)).not.toContain('Étape 1');
    expect(words(card)).toContain('Send');
    expect(words(card)).toContain('One item per line');
  });

  it('after `langue fr`, the adapter’s own words are French though the client stays English', async () => {
    await send(alice, 'en-US', { text: 'help' });
    const switched = await send(alice, 'en-US', { text: 'langue fr' });
    expect(textOf(switched)).toMatch(/français/i);
    const card = await send(alice, 'en-US', { text: 'étape 1' });
    expect(words(card)).toContain('Envoyer');
    expect(words(card)).toContain('Un élément par ligne');
    expect(words(card)).not.toContain('Send');
    // A refused card is the adapter's word alone, with no engine turn: French too.
    const refused = await send(alice, 'en-US', { value: { boussole: 1, user: 'aad-someone-else', action: { kind: 'command', text: 'help' } } });
    expect(textOf(refused)).toContain('Cette carte s’adresse à une autre personne');
  });
});
