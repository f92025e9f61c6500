import type {
  Collection,
  Db,
  Document,
  Filter,
  FindOptions,
  IndexDescription,
  UpdateFilter,
  FindOneAndUpdateOptions,
  OptionalUnlessRequiredId,
} from 'mongodb';
import type { z } from 'zod';

/** Every stored document belongs to one tenant (a Slack workspace, a Teams tenant/team, the console). */
export interface TenantDocument {
  _id: string;
  /** A TenantId (src/core/tenant-id.ts): each schema brands it, so the methods below refuse raw text. */
  tenantId: string;
}

/** A stored document that does not match its schema, by id, with what is wrong. */
export interface DamagedDocument {
  id: string;
  problem: string;
}

export class StoredDocumentInvalid extends Error {
  constructor(collection: string, issues: string) {
    super(`A document of ${collection} does not match its schema: ${issues}`);
    this.name = 'StoredDocumentInvalid';
  }
}

/**
 * A typed collection whose every query is scoped by tenant: the tenant id is a required argument
 * of each method and is written into each filter, so one tenant can never read or change another's
 * data. Documents are validated with zod on the way in and on the way out.
 */
export abstract class TenantRepository<T extends TenantDocument> {
  protected readonly collection: Collection<T>;

  constructor(
    db: Db,
    readonly name: string,
    protected readonly schema: z.ZodType<T>,
  ) {
    this.collection = db.collection<T>(name);
  }

  /** The indexes this collection needs; created idempotently at start. */
  abstract indexes(): IndexDescription[];

  protected scoped(tenantId: T['tenantId'], filter: Filter<T> = {}): Filter<T> {
    return { ...filter, tenantId } as Filter<T>;
  }

  protected parse(doc: unknown): T {
    const result = this.schema.safeParse(doc);
    if (!result.success) {
      throw new StoredDocumentInvalid(this.name, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    }
    return result.data;
  }

  /**
   * Parses each document, setting aside the ones that do not match the schema instead of
   * throwing: for jobs that read across tenants, where one damaged document must not stop the rest.
   */
  protected parseEach(docs: unknown[]): { valid: T[]; invalid: DamagedDocument[] } {
    const found = { valid: [] as T[], invalid: [] as DamagedDocument[] };
    for (const doc of docs) {
      try {
        found.valid.push(this.parse(doc));
      } catch (error) {
        found.invalid.push({ id: String((doc as { _id?: unknown })._id), problem: error instanceof Error ? error.message : String(error) });
      }
    }
    return found;
  }

  async findOne(tenantId: T['tenantId'], filter: Filter<T> = {}): Promise<T | null> {
    const doc = await this.collection.findOne(this.scoped(tenantId, filter));
    return doc ? this.parse(doc) : null;
  }

  async findMany(tenantId: T['tenantId'], filter: Filter<T> = {}, options: FindOptions = {}): Promise<T[]> {
    const docs = await this.collection.find(this.scoped(tenantId, filter), options).toArray();
    return docs.map((d) => this.parse(d));
  }

  async count(tenantId: T['tenantId'], filter: Filter<T> = {}): Promise<number> {
    return this.collection.countDocuments(this.scoped(tenantId, filter));
  }

  /**
   * The person ids stored at `field` (a `{ id, name? }` value) without a name: ids from before
   * names were kept beside them, or a platform that did not know the person then. Typed names
   * (`name:…`) carry their name in the id and are left out.
   */
  async idsWithoutName(tenantId: T['tenantId'], field: string): Promise<string[]> {
    const ids = await this.collection.distinct(`${field}.id`, this.scoped(tenantId, { [`${field}.id`]: { $exists: true }, [`${field}.name`]: { $exists: false } } as Filter<T>));
    return ids.filter((id): id is string => typeof id === 'string' && !id.startsWith('name:'));
  }

  /** Gives `name` to the person `id` wherever `field` holds them still without one; returns how many documents changed. */
  async nameEverywhere(tenantId: T['tenantId'], field: string, id: string, name: string): Promise<number> {
    const filter = this.scoped(tenantId, { [`${field}.id`]: id, [`${field}.name`]: { $exists: false } } as Filter<T>);
    const result = await this.collection.updateMany(filter, { $set: { [`${field}.name`]: name } } as unknown as UpdateFilter<T>);
    return result.modifiedCount;
  }

  async insert(doc: T): Promise<T> {
    const valid = this.parse(doc);
    await this.collection.insertOne(valid as OptionalUnlessRequiredId<T>);
    return valid;
  }

  /** Applies an update and returns the document after it, validated; null when nothing matched. */
  async update(
    tenantId: T['tenantId'],
    filter: Filter<T>,
    update: UpdateFilter<T>,
    options: Omit<FindOneAndUpdateOptions, 'returnDocument' | 'includeResultMetadata'> = {},
  ): Promise<T | null> {
    const doc = await this.collection.findOneAndUpdate(this.scoped(tenantId, filter), update, {
      ...options,
      returnDocument: 'after',
    });
    return doc ? this.parse(doc) : null;
  }

  async remove(tenantId: T['tenantId'], filter: Filter<T>): Promise<number> {
    const result = await this.collection.deleteMany(this.scoped(tenantId, filter));
    return result.deletedCount;
  }

  async ensureIndexes(): Promise<void> {
    await createIndexesOneByOne(this.collection as unknown as Collection, this.indexes());
  }
}

/**
 * One `createIndex` per index: FerretDB 1.24 panics (and drops the connection) when a single
 * `createIndexes` command lists several indexes that already exist, as it does at every restart.
 */
export async function createIndexesOneByOne(collection: Collection, specs: IndexDescription[]): Promise<void> {
  for (const { key, ...options } of specs) await collection.createIndex(key, options);
}

export type AnyRepository = { name: string; ensureIndexes(): Promise<void> };

/** Creates every repository's indexes; safe to run at each start. */
export async function ensureIndexes(repositories: AnyRepository[]): Promise<void> {
  for (const repository of repositories) await repository.ensureIndexes();
}

export type { Document };
