// `leader`: where the relationship with a step-8 opinion leader stands, changed without reopening
// step 8, in French and English, through the console chat and read back from MongoDB.
import { beforeAll, describe, expect, it } from 'vitest';
import { readStep8 } from '../../conversations/step-08-community.js';
import { consoleHarness, type ConsoleHarness } from '../support/console-chat.js';
import { useTestDatabase } from '../support/mongo.js';
import { seedCompletePlan } from '../support/seed-plan.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const TENANT = asTenant('console:leaders');
let h: ConsoleHarness;

beforeAll(async () => {
  h = await consoleHarness(db, 'leaders', 'fr');
  await seedCompletePlan(db, h.repositories, TENANT);
  // A second leader, so names and numbers have something to choose between.
  await db.collection('plans').updateOne({ _id: TENANT as never }, {
    $set: { 'steps.8.answers.leaders.items.second': { _at: '2030-01-01T00:00:00.000Z', answers: { name: 'Paul Marin', platform: 'x', handle: '@pmarin' } } },
  });
});

async function statuses() {
  const plan = await h.repositories.plans.get(TENANT);
  return { status: plan.step(8).status, leaders: readStep8(plan.step(8).answers).leaders.map((l) => [l.name, l.status]) };
}

describe('leader: a step-8 relationship status without reopening the step', () => {
  it('lists the leaders with their status', async () => {
    const out = await h.chat(['leader']);
    expect(out).toContain('1. Julie Patrimoine, Instagram — Suivi');
    expect(out).toContain('2. Paul Marin, X (Twitter) — (sans statut)');
  });

  it('changes one status by name in French, echoes it, and keeps the step complete', async () => {
    const out = await h.chat(['leader julie relation établie']);
    expect(out).toContain('✅ Julie Patrimoine\u00a0: Suivi → Relation établie.');
    expect(await statuses()).toEqual({ status: 'complete', leaders: [['Julie Patrimoine', 'relationship'], ['Paul Marin', undefined]] });
  });

  it('changes one by number in English, with the stored values unchanged', async () => {
    const out = await h.chat(['language en', 'leader 2 interacted']);
    expect(out).toContain('✅ Paul Marin: (no status) → Interacted.');
    expect((await statuses()).leaders).toEqual([['Julie Patrimoine', 'relationship'], ['Paul Marin', 'interacted']]);
    const history = await h.repositories.plans.history(TENANT, 8, 5);
    expect(history[0]).toMatchObject({ after: 'interacted', by: { id: 'console:marie' } });
  });

  it('says precisely what is wrong: an unknown status, an unknown leader', async () => {
    const out = await h.chat(['leader julie friends', 'leader Zoé relationship']);
    expect(out).toContain('I don’t recognize the status “friends”. Statuses: Identified, Following, Interacted, Relationship.');
    expect(out).toContain('I can’t find a leader “Zoé” in step 8. Leaders: 1. Julie Patrimoine, 2. Paul Marin.');
    expect((await statuses()).leaders).toEqual([['Julie Patrimoine', 'relationship'], ['Paul Marin', 'interacted']]);
  });

  it('reports a status of several words whole, after a number or a full name', async () => {
    const out = await h.chat(['leader 1 best friends', 'leader Julie Patrimoine close ally', 'leader julie old friend']);
    expect(out).toContain('I don’t recognize the status “best friends”.');
    expect(out).toContain('I don’t recognize the status “close ally”.');
    expect(out).toContain('I don’t recognize the status “old friend”.');
    expect((await statuses()).leaders).toEqual([['Julie Patrimoine', 'relationship'], ['Paul Marin', 'interacted']]);
  });
});
