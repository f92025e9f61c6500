import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { LOCALES, type Locale } from '../core/i18n/locale.js';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

export const userPrefsSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  userId: z.string(),
  name: z.string().max(200).optional(),
  locale: z.enum(LOCALES).optional(),
  updatedAt: z.string(),
});
export type UserPrefs = z.infer<typeof userPrefsSchema>;

/** Per-user choices (language) and the name last seen, for documents and digests. */
export class UserPrefsRepository extends TenantRepository<UserPrefs> {
  constructor(db: Db) {
    super(db, 'users', userPrefsSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, userId: 1 }, name: 'tenant_user', unique: true }];
  }

  async get(tenantId: TenantId, userId: string): Promise<UserPrefs | null> {
    return this.findOne(tenantId, { _id: `${tenantId}|${userId}` });
  }

  /** Records the name last seen; writes only when it is new or changed. */
  async touch(tenantId: TenantId, userId: string, name: string | undefined): Promise<UserPrefs> {
    const existing = await this.get(tenantId, userId);
    if (existing && (!name || existing.name === name)) return existing;
    const set: Record<string, unknown> = { updatedAt: new Date().toISOString() };
    if (name) set.name = name;
    const doc = await this.update(
      tenantId,
      { _id: `${tenantId}|${userId}` },
      { $set: set, $setOnInsert: { userId } },
      { upsert: true },
    );
    return doc!;
  }

  async setLocale(tenantId: TenantId, userId: string, locale: Locale): Promise<void> {
    await this.update(
      tenantId,
      { _id: `${tenantId}|${userId}` },
      { $set: { locale, updatedAt: new Date().toISOString() }, $setOnInsert: { userId } },
      { upsert: true },
    );
  }
}
