import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { StoredDocumentInvalid, TenantRepository, ensureIndexes } from '../../src/store/repository.js';
import { useTestDatabase } from '../support/mongo.js';
import { makeTenantId, tenantIdField } from '../../src/core/tenant-id.js';

const ACME = makeTenantId('console', 'acme');
const BOLT = makeTenantId('console', 'bolt');

const noteSchema = z.object({ _id: z.string(), tenantId: tenantIdField, key: z.string(), text: z.string().max(20) });
type Note = z.infer<typeof noteSchema>;

class NoteRepository extends TenantRepository<Note> {
  constructor(db: Db) {
    super(db, 'notes', noteSchema);
  }
  indexes(): IndexDescription[] {
    return [
      { key: { tenantId: 1, key: 1 }, unique: true, name: 'tenant_key' },
      { key: { tenantId: 1, text: 1 }, name: 'tenant_text' },
    ];
  }
}

const { db } = useTestDatabase();
const notes = new NoteRepository(db);

describe('tenant repositories', () => {
  it('never show or change one tenant’s documents to another', async () => {
    await ensureIndexes([notes]);
    await notes.insert({ _id: 'a1', tenantId: ACME, key: 'k', text: 'acme note' });
    await notes.insert({ _id: 'b1', tenantId: BOLT, key: 'k', text: 'bolt note' });
    expect(await notes.findOne(ACME, { key: 'k' })).toMatchObject({ text: 'acme note' });
    expect(await notes.findOne(BOLT, { _id: 'a1' })).toBeNull();
    expect(await notes.update(BOLT, { _id: 'a1' }, { $set: { text: 'stolen' } })).toBeNull();
    expect(await notes.remove(BOLT, { _id: 'a1' })).toBe(0);
    expect(await notes.count(ACME)).toBe(1);
    // Even a filter that names another tenant is overridden by the scope.
    expect(await notes.findMany(BOLT, { tenantId: ACME } as never)).toEqual([
      { _id: 'b1', tenantId: BOLT, key: 'k', text: 'bolt note' },
    ]);
  });

  it('validate documents on the way in, and refuse to hand out a corrupt one', async () => {
    await expect(notes.insert({ _id: 'x', tenantId: ACME, key: 'long', text: 'x'.repeat(21) })).rejects.toThrow(StoredDocumentInvalid);
    expect(await notes.count(ACME, { _id: 'x' })).toBe(0);
    await db.collection('notes').insertOne({ _id: 'bad' as never, tenantId: ACME, key: 'bad' });
    await expect(notes.findOne(ACME, { _id: 'bad' })).rejects.toThrow(/notes.*text/);
  });

  it('create their indexes idempotently, several per collection, as at every restart', async () => {
    await ensureIndexes([notes]);
    await ensureIndexes([notes]);
    const names = (await db.collection('notes').indexes()).map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['tenant_key', 'tenant_text']));
    expect(await notes.count(ACME)).toBeGreaterThan(0); // the connection survived
  });
});
