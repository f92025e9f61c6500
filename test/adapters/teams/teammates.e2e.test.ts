// Two teammates on the same step in a Teams channel: Alice sends her answer from the card she was
// shown, after Bob changed it; she is shown his and chooses on the card, and the choice is honoured
// (issue 10, case 6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useTestDatabase } from '../../support/mongo.js';
import { quietBoussole } from '../../support/quiet-boussole.js';
import type { Repositories } from '../../../src/app/repositories.js';
import type { ReceivedActivity } from '../../support/fake-bot-connector.js';
import { AAD_TENANT, CHANNEL_ID, TEAM_ID, alice, bob, channelMessage, submitted, type TestUser } from '../../support/teams-activities.js';
import { cardsOf, elementsOf, textOf, type Json } from '../../support/teams-cards.js';
import { startTeamsHarness, type TeamsHarness } from '../../support/teams-harness.js';
import { asTenant } from '../../support/tenant.js';

const database = useTestDatabase();
const TENANT = asTenant(`teams:${AAD_TENANT}:${TEAM_ID}`);
let harness: TeamsHarness;
let repositories: Repositories;

beforeAll(async () => {
  const boussole = await quietBoussole(database.db, 'fr');
  repositories = boussole.repositories;
  harness = await startTeamsHarness({ db: database.db, engine: boussole.engine });
});
afterAll(async () => harness.close());

/** A person in the team's channel: a message with @Boussole, or a card of the channel submitted. */
function inChannel(user: TestUser) {
  const send = async (activity: Record<string, unknown>): Promise<ReceivedActivity> => {
    const before = harness.connector.received.length;
    expect((await harness.post(activity)).status).toBe(200);
    await expect.poll(() => harness.connector.received.length > before).toBe(true);
    const reply = harness.connector.received.at(-1)!;
    expect(reply.conversationId.startsWith(CHANNEL_ID)).toBe(true);
    return reply;
  };
  return {
    typed: (text: string) => send(channelMessage({ serviceUrl: harness.connector.url, user, text })),
    press: (value: unknown) => {
      const { text: _text, entities: _entities, ...activity } = channelMessage({ serviceUrl: harness.connector.url, user, text: '', mention: false, id: randomUUID() });
      return send({ ...activity, value });
    },
  };
}

const submitsOf = (received: ReceivedActivity) => cardsOf(received).flatMap(elementsOf).filter((e) => e.type === 'Action.Submit');
const send = (received: ReceivedActivity) => submitsOf(received).find((s) => s.title === 'Envoyer')!.data as Json;
describe('two teammates answering the same question in a Teams channel', () => {
  it('Alice’s answer from her older card is not applied blindly; her choice on the card is honoured', async () => {
    const alice_ = inChannel(alice);
    const bob_ = inChannel(bob);
    const aliceCard = await alice_.typed('étape 1');
    expect(textOf(aliceCard)).toContain('Quels mots-clés');
    await bob_.typed('étape 1');
    await bob_.typed('Boussole, Laval');
    // Alice sends her answer from the card she was shown before Bob's.
    const conflict = await alice_.press(submitted(send(aliceCard), { answer: 'Université' }));
    expect(textOf(conflict)).toMatch(/a changé cette réponse depuis que la question vous a été posée\. Réponse actuelle\u00a0: Boussole, Laval\. La vôtre\u00a0: Université\./);
    expect((await repositories.plans.get(TENANT)).step(1).answers.keywords).toEqual(['Boussole', 'Laval']);
    const choices = cardsOf(conflict).flatMap(elementsOf).find((e) => e.type === 'Input.ChoiceSet' && e.id === 'answer')?.choices;
    expect(choices).toEqual([
      { title: 'Garder la réponse actuelle', value: 'keep' },
      { title: 'La remplacer par la mienne', value: 'replace' },
    ]);
    const replaced = await alice_.press(submitted(send(conflict), { answer: 'replace' }));
    expect(textOf(replaced)).toMatch(/✓ Mots-clés surveillés\u00a0: Université/);
    expect((await repositories.plans.get(TENANT)).step(1).answers.keywords).toEqual(['Université']);
  }, 30_000);
});
