import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from 'mongodb';
import { pino } from 'pino';
import type { Tenant } from '../../src/tenants/tenant.js';
import { createRepositories, type Repositories } from '../../src/app/repositories.js';
import { ensureIndexes } from '../../src/store/repository.js';
import { listRepositories } from '../../src/app/repositories.js';
import type { TenantId } from '../../src/core/tenant-id.js';

export const silentLog = pino({ level: 'silent' });

export async function featureRepositories(db: Db): Promise<Repositories> {
  const repositories = createRepositories(db);
  await ensureIndexes(listRepositories(repositories));
  return repositories;
}

export function tenantDoc(tenantId: TenantId, overrides: Partial<Tenant> = {}): Tenant {
  const now = new Date().toISOString();
  return {
    _id: tenantId,
    tenantId,
    platform: tenantId.startsWith('teams:') ? 'teams' : tenantId.startsWith('console:') ? 'console' : 'slack',
    externalId: tenantId.split(':')[1] ?? tenantId,
    locale: 'fr',
    timeZone: 'America/Toronto',
    owners: ['U-owner'],
    channels: { reminders: 'C-rem', alerts: 'C-alerts', digest: 'C-digest' },
    reminders: { leadMinutes: [1440, 60], followUp: false },
    digest: { weekday: 1, hour: 9 },
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await sleep(25);
  }
}
