import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/mongo.js';
import { startTeamsWithRealEngine, type TeamsHarness } from '../../support/teams-harness.js';
import { AAD_TENANT, alice, bob, personalMessage, submitted } from '../../support/teams-activities.js';
import { textOf, type Json } from '../../support/teams-cards.js';
import { personalChat, submits } from '../../support/teams-personal.js';

const database = useTestDatabase();
let harness: TeamsHarness;
const tenantId = `teams:${AAD_TENANT}:personal:${alice.aadObjectId}`;

beforeAll(async () => {
  // The team's language is French.
  harness = await startTeamsWithRealEngine(database.db);
});
afterAll(async () => harness.close());

const { typed, press } = personalChat(() => harness);

/** What Alice answers, by question key; typed ones go as plain messages, the rest through the card. */
const ANSWERS: Record<string, { inputs: Record<string, string> } | { typed: string }> = {
  'audiences.who': { inputs: { answer: 'Journalistes' } },
  'audiences.objective': { typed: 'Faire connaître nos recherches' },
  'audiences.needs': { inputs: { answer: 'Des faits vérifiés, vite' } },
  'audiences.interests': { inputs: { answer: 'La santé publique' } },
  'audiences.expectations': { typed: 'Des réponses rapides et des experts disponibles' },
  'functions.function': { inputs: { answer: 'pr' } },
  'functions.objectives': { inputs: { answer: 'Gérer la réputation, joindre les médias' } },
};

describe('step 2 end to end in Teams, with the real engine', () => {
  it('goes through the whole step with typed messages and Action.Submit values, the answers landing in MongoDB', async () => {
    let last = await typed('étape 2');
    const asked: string[] = [];
    for (let turn = 0; turn < 30; turn++) {
      const send = submits(last).find((s) => s.title === 'Envoyer');
      const data = send?.data as Json | undefined;
      const question = data?.question as { ref: { key: string }; input: string } | undefined;
      if (question) {
        asked.push(question.ref.key);
        const answer = ANSWERS[question.ref.key];
        if (answer && 'typed' in answer) last = await typed(answer.typed);
        else if (answer) last = await press(submitted(data, answer.inputs));
        // The "another one?" question after a group item: this plan has one of each.
        else last = await press(submitted(data, { answer: 'done' }));
        continue;
      }
      const complete = submits(last).find((s) => ((s.data as Json).action as Json | undefined)?.control === 'complete');
      if (!complete) break;
      last = await press(complete.data);
      break;
    }
    expect(asked).toEqual(expect.arrayContaining(Object.keys(ANSWERS)));
    const plan = await database.db.collection('plans').findOne({ _id: tenantId as never, tenantId });
    const step = (plan?.steps as Record<string, { status: string; answers: Record<string, Array<Record<string, unknown>>> }>)['2']!;
    expect(step.status).toBe('complete');
    const items = (group: string) => Object.values((step.answers[group] as unknown as { items: Record<string, { answers: unknown }> }).items).map((i) => i.answers);
    expect(items('audiences')).toEqual([
      expect.objectContaining({
        who: 'Journalistes',
        objective: 'Faire connaître nos recherches',
        needs: 'Des faits vérifiés, vite',
        interests: 'La santé publique',
        expectations: 'Des réponses rapides et des experts disponibles',
      }),
    ]);
    expect(items('functions')).toEqual([expect.objectContaining({ function: 'pr', objectives: 'Gérer la réputation, joindre les médias' })]);
  }, 60_000);

  it('recognizes a card answered twice as stale, and keeps the first answer', async () => {
    const bobChat = `a:personal-${bob.aadObjectId}`;
    const { send: as } = personalChat(() => harness, 'en-US', bobChat);
    const question = await as(personalMessage({ serviceUrl: harness.connector.url, user: bob, text: 'step 2', locale: 'en-US' }));
    const send = submits(question).find((s) => s.title === 'Send')!;
    expect((send.data as Json).question).toMatchObject({ ref: { step: 2, key: 'audiences.who' } });
    await as(personalMessage({ serviceUrl: harness.connector.url, user: bob, value: submitted(send.data, { answer: 'Students' }), locale: 'en-US' }));
    const again = await as(personalMessage({ serviceUrl: harness.connector.url, user: bob, value: submitted(send.data, { answer: 'Partners' }), locale: 'en-US' }));
    // Bob's own language applies, first from his Teams client's locale (en-US).
    expect(textOf(again)).toContain('This question has already been answered. Here’s the current one:');
    const bobTenant = `teams:${AAD_TENANT}:personal:${bob.aadObjectId}`;
    const plan = await database.db.collection('plans').findOne({ _id: bobTenant as never, tenantId: bobTenant });
    const audiences = (plan?.steps as Record<string, { answers: Record<string, { items: Record<string, { answers: { who?: string } }> }> }>)['2']!.answers.audiences!;
    expect(Object.values(audiences.items).map((i) => i.answers.who)).toEqual(['Students']);
  }, 30_000);
});
