// Tenant settings and a person's preferences are read from memory on most turns; a change made by
// this process is seen at once, and one made by another instance within the cache's life.
import { describe, expect, it } from 'vitest';
import { TenantsRepository } from '../../src/tenants/tenant-repository.js';
import { UserPrefsRepository } from '../../src/tenants/user-prefs.js';
import type { Tenant } from '../../src/tenants/tenant.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const id = asTenant('console:cache');
const defaults: Omit<Tenant, 'createdAt' | 'updatedAt'> = {
  _id: id,
  tenantId: id,
  platform: 'console',
  externalId: 'cache',
  locale: 'fr',
  timeZone: 'America/Toronto',
  owners: [],
  channels: {},
  reminders: { leadMinutes: [60], followUp: false },
  digest: { weekday: 1, hour: 9 },
};

describe('the tenant cache', () => {
  it('sees this process’s changes at once', async () => {
    const tenants = new TenantsRepository(db);
    await tenants.ensure(defaults);
    await tenants.addOwner(id, 'u1');
    expect((await tenants.ensure(defaults)).owners).toEqual(['u1']);
    await tenants.update(id, { _id: id }, { $set: { locale: 'en' } });
    expect((await tenants.ensure(defaults)).locale).toBe('en');
  });

  it('sees another instance’s change once its entry has expired', async () => {
    const here = new TenantsRepository(db, 0);
    const there = new TenantsRepository(db);
    await here.ensure(defaults);
    await there.update(id, { _id: id }, { $set: { timeZone: 'Europe/Paris' } });
    expect((await here.ensure(defaults)).timeZone).toBe('Europe/Paris');
  });
});

describe('the preferences cache', () => {
  it('sees a language chosen in this process at once', async () => {
    const users = new UserPrefsRepository(db);
    await users.touch(id, 'marie', 'Marie');
    await users.setLocale(id, 'marie', 'en');
    expect((await users.touch(id, 'marie', 'Marie')).locale).toBe('en');
    expect((await users.get(id, 'marie'))?.locale).toBe('en');
  });
});
