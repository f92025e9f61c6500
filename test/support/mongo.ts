import { randomUUID } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, inject } from 'vitest';
import { clientOptionsFor } from '../../src/store/client-options.js';

export interface TestDatabase {
  uri: string;
  kind: 'embedded' | 'external';
  client: MongoClient;
  db: Db;
  dbName: string;
}

/**
 * A fresh database on the test server for one test file (dropped afterwards), so files run in
 * parallel without seeing each other's documents.
 */
export function useTestDatabase(): TestDatabase {
  const uri = inject('mongoUri');
  const dbName = `t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const client = new MongoClient(uri, clientOptionsFor(inject('mongoKind')));
  const db = client.db(dbName);
  afterAll(async () => {
    await db.dropDatabase().catch(() => {});
    await client.close();
  });
  return { uri, kind: inject('mongoKind'), client, db, dbName };
}
