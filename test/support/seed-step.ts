// Puts one step of the conversations fixtures' answers in a tenant's plan, in progress, so a test
// can open its review with `step N` without typing every answer.
import type { Db } from 'mongodb';
import type { Repositories } from '../../src/app/repositories.js';
import type { TenantId } from '../../src/core/tenant-id.js';
import { completePlan } from '../conversations/fixtures.js';

export async function seedStepInProgress(db: Db, repositories: Pick<Repositories, 'plans'>, tenantId: TenantId, step: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10): Promise<void> {
  await repositories.plans.get(tenantId);
  await db.collection('plans').updateOne({ _id: tenantId as never }, { $set: { [`steps.${step}`]: { status: 'in-progress', answers: completePlan()[step] } } });
}
