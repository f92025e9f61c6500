import type { Db, Filter, FindOneAndUpdateOptions, IndexDescription, UpdateFilter } from 'mongodb';
import { SETTINGS_CACHE_MS, TtlCache } from '../store/ttl-cache.js';
import { z } from 'zod';
import { LOCALES, type Locale } from '../core/i18n/locale.js';
import { LOCALE_SOURCES, type LocaleSource } from '../core/i18n/person-language.js';
import { TenantRepository } from '../store/repository.js';
import { type TenantId, tenantIdField } from '../core/tenant-id.js';

export const userPrefsSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  userId: z.string(),
  name: z.string().max(200).optional(),
  locale: z.enum(LOCALES).optional(),
  /**
   * `platform`: the language of the person's Slack profile or Teams client as last seen, which
   * Boussole follows when it changes; `chosen` (and documents written before this field): picked
   * with `langue`, kept whatever the platform says.
   */
  localeFrom: z.enum(LOCALE_SOURCES).optional(),
  updatedAt: z.string(),
});
export type UserPrefs = z.infer<typeof userPrefsSchema>;

/** Per-user choices (language) and the name last seen, for documents and digests. */
export class UserPrefsRepository extends TenantRepository<UserPrefs> {
  // Read on every turn, changed rarely (a name, a language): see TtlCache for why a short life is enough.
  private readonly cache: TtlCache<UserPrefs | null>;

  constructor(db: Db, cacheMs = SETTINGS_CACHE_MS) {
    super(db, 'users', userPrefsSchema);
    this.cache = new TtlCache(cacheMs);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1, userId: 1 }, name: 'tenant_user', unique: true }];
  }

  async get(tenantId: TenantId, userId: string): Promise<UserPrefs | null> {
    const id = `${tenantId}|${userId}`;
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    const prefs = await this.findOne(tenantId, { _id: id });
    this.cache.set(id, prefs);
    return prefs;
  }

  override async update(tenantId: TenantId, filter: Filter<UserPrefs>, update: UpdateFilter<UserPrefs>, options: Omit<FindOneAndUpdateOptions, 'returnDocument' | 'includeResultMetadata'> = {}): Promise<UserPrefs | null> {
    // Any write may change any person's document: drop them all rather than guess which.
    const doc = await super.update(tenantId, filter, update, options);
    this.cache.clear();
    return doc;
  }

  override async remove(tenantId: TenantId, filter: Filter<UserPrefs>): Promise<number> {
    const removed = await super.remove(tenantId, filter);
    this.cache.clear();
    return removed;
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
    this.cache.set(`${tenantId}|${userId}`, doc);
    return doc!;
  }

  async setLocale(tenantId: TenantId, userId: string, locale: Locale, from: LocaleSource = 'chosen'): Promise<void> {
    await this.update(
      tenantId,
      { _id: `${tenantId}|${userId}` },
      { $set: { locale, localeFrom: from, updatedAt: new Date().toISOString() }, $setOnInsert: { userId } },
      { upsert: true },
    );
  }
}
