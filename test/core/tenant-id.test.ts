// A tenant id is `<platform>:<the platform's id of the team>`: built and read in one place.
import { describe, expect, it } from 'vitest';
import { tenantIdOf } from '../../src/core/events.js';
import { makeTenantId, parseTenantId } from '../../src/core/tenant-id.js';

describe('tenant ids', () => {
  it('are read back as the platform and the id they were built from, colons in the id included', () => {
    expect(parseTenantId(makeTenantId('slack', 'T0123'))).toEqual({ id: 'slack:T0123', platform: 'slack', externalId: 'T0123' });
    expect(parseTenantId(makeTenantId('teams', 'aad-1:19:team@thread.tacv2'))).toMatchObject({ platform: 'teams', externalId: 'aad-1:19:team@thread.tacv2' });
    expect(parseTenantId('console:local')).toMatchObject({ platform: 'console', externalId: 'local' });
  });

  it('are what an inbound event’s tenant makes', () => {
    expect(tenantIdOf({ tenant: { platform: 'teams', id: 'aad-1:personal:u1' } })).toBe('teams:aad-1:personal:u1');
  });

  it('refuse what is not one: an unknown platform, no id, no prefix', () => {
    for (const value of ['discord:G1', 'slack:', 'T0123', '', ':T0123', 'Slack:T0123']) expect(parseTenantId(value), value).toBeUndefined();
  });
});
