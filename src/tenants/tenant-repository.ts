import type { Db, Filter, FindOneAndUpdateOptions, IndexDescription, UpdateFilter } from 'mongodb';
import { TenantRepository } from '../store/repository.js';
import { SETTINGS_CACHE_MS, TtlCache } from '../store/ttl-cache.js';
import { tenantSchema, type Tenant } from './tenant.js';
import type { TenantId } from '../core/tenant-id.js';

/** One document per tenant, its _id being the tenant id itself. */
export class TenantsRepository extends TenantRepository<Tenant> {
  // Read on every turn, changed rarely (settings, owners): see TtlCache for why a short life is enough.
  private readonly cache: TtlCache<Tenant>;

  constructor(db: Db, cacheMs = SETTINGS_CACHE_MS) {
    super(db, 'tenants', tenantSchema);
    this.cache = new TtlCache(cacheMs);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1 }, name: 'tenantId', unique: true }];
  }

  /** Creates the tenant on first contact, with the given defaults; returns it either way. */
  async ensure(defaults: Omit<Tenant, 'createdAt' | 'updatedAt'>): Promise<Tenant> {
    const { _id, tenantId, ...rest } = defaults;
    const cached = this.cache.get(tenantId);
    if (cached) return cached;
    const existing = await this.collection.findOne({ _id, tenantId });
    if (existing) return this.remember(this.parse(existing));
    const now = new Date().toISOString();
    const doc = await this.collection.findOneAndUpdate(
      { _id, tenantId },
      { $setOnInsert: { ...rest, createdAt: now, updatedAt: now } },
      { upsert: true, returnDocument: 'after' },
    );
    return this.remember(this.parse(doc));
  }

  private remember(tenant: Tenant): Tenant {
    this.cache.set(tenant.tenantId, tenant);
    return tenant;
  }

  override async update(tenantId: TenantId, filter: Filter<Tenant>, update: UpdateFilter<Tenant>, options: Omit<FindOneAndUpdateOptions, 'returnDocument' | 'includeResultMetadata'> = {}): Promise<Tenant | null> {
    this.cache.delete(tenantId);
    return super.update(tenantId, filter, update, options);
  }

  override async remove(tenantId: TenantId, filter: Filter<Tenant>): Promise<number> {
    this.cache.delete(tenantId);
    return super.remove(tenantId, filter);
  }

  async addOwner(tenantId: TenantId, userId: string): Promise<void> {
    this.cache.delete(tenantId);
    await this.collection.updateOne({ _id: tenantId, tenantId }, { $addToSet: { owners: userId }, $set: { updatedAt: new Date().toISOString() } });
  }

  /** Every tenant, for jobs that run per tenant (the one query that is not tenant-scoped). */
  async all(): Promise<Tenant[]> {
    const docs = await this.collection.find({}).toArray();
    return docs.map((d) => this.parse(d));
  }
}
