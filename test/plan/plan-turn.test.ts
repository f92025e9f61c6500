// One turn's plan and cursors (issue 13): read once, an answer written with the cursor's move in
// one update, and what a teammate did meanwhile neither lost nor silently overwritten.
import { describe, expect, it } from 'vitest';
import { PlanChanged, type Session } from '../../src/core/ports/stores.js';
import { PlanRepository } from '../../src/plan/plan-repository.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const marie = { id: 'U-marie', name: 'Marie' };

const session = (tenantId: string, node: number): Session => ({
  tenantId: asTenant(tenantId),
  userId: marie.id,
  conversationId: 'D1.with.dots',
  step: 1,
  definition: 'v1',
  turn: node,
  position: { at: 'question', node },
  trail: [],
  returnToReview: false,
  updatedAt: new Date().toISOString(),
});

async function startedPlan(name: string) {
  const plans = new PlanRepository(db);
  const tenantId = asTenant(`console:${name}`);
  await plans.start(tenantId, 1, marie);
  return { plans, tenantId };
}

describe('a turn’s plan and cursors', () => {
  it('stores the answer, its history entry and the cursor’s move together, and sees them before they are written', async () => {
    const { plans, tenantId } = await startedPlan('together');
    const turn = plans.forTurn();
    expect(await turn.plans.setAnswer(tenantId, 1, { key: 'keywords' }, ['Boussole'], marie)).toBe(true);
    // Not written yet: it waits for the cursor's move…
    expect((await plans.get(tenantId)).step(1).answers.keywords).toBeUndefined();
    // …but this turn sees it, and its history entry.
    expect((await turn.plans.get(tenantId)).step(1).answers.keywords).toEqual(['Boussole']);
    expect((await turn.plans.history(tenantId, 1, 5))[0]).toMatchObject({ key: 'keywords', before: null, after: ['Boussole'], by: marie });
    await turn.sessions.save(session(tenantId, 1));

    expect((await plans.get(tenantId)).step(1).answers.keywords).toEqual(['Boussole']);
    expect(await plans.history(tenantId, 1, 5)).toMatchObject([{ key: 'keywords', after: ['Boussole'] }]);
    const next = plans.forTurn();
    expect(await next.sessions.get(tenantId, marie.id, 'D1.with.dots')).toMatchObject({ position: { at: 'question', node: 1 } });
  });

  it('refuses an answer whose step a teammate completed meanwhile, and moves nothing', async () => {
    const { plans, tenantId } = await startedPlan('completed-meanwhile');
    const turn = plans.forTurn();
    await turn.sessions.save(session(tenantId, 0));
    expect(await turn.plans.setAnswer(tenantId, 1, { key: 'keywords' }, ['Boussole'], marie)).toBe(true);
    await new PlanRepository(db).complete(tenantId, 1, { id: 'U-paul', name: 'Paul' });

    await expect(turn.sessions.save(session(tenantId, 1))).rejects.toEqual(new PlanChanged(1));
    expect((await plans.get(tenantId)).step(1).answers.keywords).toBeUndefined();
    expect(await plans.forTurn().sessions.get(tenantId, marie.id, 'D1.with.dots')).toMatchObject({ position: { node: 0 } });
  });

  it('keeps a teammate’s answer written meanwhile to another question', async () => {
    const { plans, tenantId } = await startedPlan('teammate');
    const turn = plans.forTurn();
    await turn.plans.get(tenantId);
    await plans.setAnswer(tenantId, 1, { key: 'competitors' }, ['Rival'], { id: 'U-paul' });
    await turn.plans.setAnswer(tenantId, 1, { key: 'keywords' }, ['Boussole'], marie);
    await turn.flush();
    expect((await plans.get(tenantId)).step(1).answers).toEqual({ competitors: ['Rival'], keywords: ['Boussole'] });
    // The turn's view after its write is the stored plan, the teammate's answer included.
    expect((await turn.plans.get(tenantId)).step(1).answers).toEqual({ competitors: ['Rival'], keywords: ['Boussole'] });
  });

  it('moves old history out of the plan in batches, and still lists all of it, newest first', async () => {
    const { plans, tenantId } = await startedPlan('long-history');
    for (let i = 1; i <= 105; i++) {
      const turn = plans.forTurn();
      await turn.plans.setAnswer(tenantId, 1, { key: 'keywords' }, [`k${i}`], marie);
      await turn.flush();
    }
    const stored = await db.collection('plans').findOne({ tenantId });
    expect((stored!.journal as unknown[]).length).toBeLessThanOrEqual(20);
    const history = await plans.history(tenantId, 1, 200);
    expect(history).toHaveLength(105);
    expect(history.map((e) => e.after)).toEqual(Array.from({ length: 105 }, (_, i) => [`k${105 - i}`]));
    expect(history[1]).toMatchObject({ before: ['k103'], after: ['k104'] });
  });

  it('clearing a cursor that is not there writes nothing', async () => {
    const { plans, tenantId } = await startedPlan('nothing-to-clear');
    const turn = plans.forTurn();
    const version = (await turn.plans.get(tenantId)).version;
    await turn.sessions.clear(tenantId, marie.id, 'D1');
    await turn.formSessions.clear(tenantId, marie.id, 'D1');
    await turn.flush();
    expect((await plans.get(tenantId)).version).toBe(version);
  });
});
