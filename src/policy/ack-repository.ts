import type { Db, IndexDescription } from 'mongodb';
import { isDuplicateKey } from '../store/duplicate-key.js';
import { z } from 'zod';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

export const policyAckSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  userId: z.string(),
  name: z.string().optional(),
  /** The staff policy's version: when step 5 was completed. */
  policyVersion: z.string(),
  at: z.string(),
});
export type PolicyAck = z.infer<typeof policyAckSchema>;

/** Who acknowledged which version of the staff policy (one document per user and version). */
export class PolicyAckRepository extends TenantRepository<PolicyAck> {
  constructor(db: Db) {
    super(db, 'policy_acks', policyAckSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, policyVersion: 1 }, name: 'tenant_version' }];
  }

  async acknowledge(tenantId: TenantId, userId: string, policyVersion: string, name: string | undefined): Promise<'new' | 'already'> {
    try {
      await this.insert({
        _id: `${tenantId}|${userId}|${policyVersion}`,
        tenantId,
        userId,
        policyVersion,
        at: new Date().toISOString(),
        ...(name ? { name } : {}),
      });
      return 'new';
    } catch (error) {
      if (isDuplicateKey(error)) return 'already';
      throw error;
    }
  }
}
