// Puts a complete plan (the conversations fixtures' answers) in a tenant's stored plan, for tests
// of what is generated from it (documents, the calendar feed).
import type { Db } from 'mongodb';
import type { Repositories } from '../../src/app/repositories.js';
import { completePlan } from '../conversations/fixtures.js';
import type { TenantId } from '../../src/core/tenant-id.js';

export async function seedCompletePlan(db: Db, repositories: Pick<Repositories, 'plans'>, tenantId: TenantId, completedAt = '2026-02-10T15:00:00.000Z'): Promise<void> {
  await repositories.plans.get(tenantId);
  const steps = Object.fromEntries(Object.entries(completePlan()).map(([step, answers]) => [`steps.${step}`, { status: 'complete', answers, completedAt }]));
  await db.collection('plans').updateOne({ _id: tenantId as never }, { $set: steps });
}
