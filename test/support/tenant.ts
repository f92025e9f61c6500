import { parseTenantId, type TenantId } from '../../src/core/tenant-id.js';

/** A tenant id written as text in a test (`'slack:T1'`), read the way the adapters read one. */
export function asTenant(id: string): TenantId {
  const parsed = parseTenantId(id);
  if (!parsed) throw new Error(`not a tenant id: ${id}`);
  return parsed.id;
}
