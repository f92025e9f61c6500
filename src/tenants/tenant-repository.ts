import type { Db, IndexDescription } from 'mongodb';
import { TenantRepository } from '../store/repository.js';
import { tenantSchema, type Tenant } from './tenant.js';
import type { TenantId } from '../core/tenant-id.js';

/** One document per tenant, its _id being the tenant id itself. */
export class TenantsRepository extends TenantRepository<Tenant> {
  constructor(db: Db) {
    super(db, 'tenants', tenantSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1 }, name: 'tenantId', unique: true }];
  }

  /** Creates the tenant on first contact, with the given defaults; returns it either way. */
  async ensure(defaults: Omit<Tenant, 'createdAt' | 'updatedAt'>): Promise<Tenant> {
    const { _id, tenantId, ...rest } = defaults;
    const existing = await this.collection.findOne({ _id, tenantId });
    if (existing) return this.parse(existing);
    const now = new Date().toISOString();
    const doc = await this.collection.findOneAndUpdate(
      { _id, tenantId },
      { $setOnInsert: { ...rest, createdAt: now, updatedAt: now } },
      { upsert: true, returnDocument: 'after' },
    );
    return this.parse(doc);
  }

  async addOwner(tenantId: TenantId, userId: string): Promise<void> {
    await this.collection.updateOne({ _id: tenantId, tenantId }, { $addToSet: { owners: userId }, $set: { updatedAt: new Date().toISOString() } });
  }

  /** Every tenant, for jobs that run per tenant (the one query that is not tenant-scoped). */
  async all(): Promise<Tenant[]> {
    const docs = await this.collection.find({}).toArray();
    return docs.map((d) => this.parse(d));
  }
}
