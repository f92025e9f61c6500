import type { Db, IndexDescription } from 'mongodb';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';
import { z } from 'zod';
import { TenantRepository } from '../store/repository.js';

/**
 * A person named in an answer by typed name (`name:marc gagnon`, see parseUserText) linked to the
 * chat account that wrote to Boussole under that display name. Kept, so the link survives a later
 * change of display name.
 */
export const nameLinkSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  nameId: z.string(),
  userId: z.string(),
  linkedAt: z.string(),
});
export type NameLink = z.infer<typeof nameLinkSchema>;

export class NameLinkRepository extends TenantRepository<NameLink> {
  constructor(db: Db) {
    super(db, 'name_links', nameLinkSchema);
  }

  indexes(): IndexDescription[] {
    return [];
  }

  async all(tenantId: TenantId): Promise<Map<string, string>> {
    return new Map((await this.findMany(tenantId)).map((link) => [link.nameId, link.userId]));
  }

  async link(tenantId: TenantId, nameId: string, userId: string): Promise<void> {
    await this.update(tenantId, { _id: `${tenantId}|${nameId}` }, { $set: { nameId, userId, linkedAt: new Date().toISOString() } }, { upsert: true });
  }
}
