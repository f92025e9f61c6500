// The plan's dates that jobs measure from (account reservations, readiness, the review series):
// dated by the clock Boussole runs on, which those jobs read too, not by the machine's.
import { describe, expect, it } from 'vitest';
import { PlanRepository } from '../../src/plan/plan-repository.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';
import { TEST_DAY } from '../support/test-day.js';

const { db } = useTestDatabase();
const marie = { id: 'U-marie', name: 'Marie' };

describe('a step’s completion', () => {
  it('is dated by the repository’s clock, through a turn as directly; completed again, the first date stays', async () => {
    let now = new Date(TEST_DAY);
    const plans = new PlanRepository(db, () => now);
    const tenantId = asTenant('console:completion-clock');
    await plans.start(tenantId, 3, marie);
    expect(await plans.forTurn().plans.complete(tenantId, 3, marie)).toBe(true);
    expect((await plans.get(tenantId)).step(3)).toMatchObject({ status: 'complete', completedAt: '2026-11-28T15:00:00.000Z', firstCompletedAt: '2026-11-28T15:00:00.000Z' });

    now = new Date('2026-12-05T15:00:00Z');
    await plans.reopen(tenantId, 3, marie);
    expect(await plans.complete(tenantId, 3, marie)).toBe(true);
    expect((await plans.get(tenantId)).step(3)).toMatchObject({ completedAt: '2026-12-05T15:00:00.000Z', firstCompletedAt: '2026-11-28T15:00:00.000Z' });
  });
});
