import type { Db } from 'mongodb';
import { TenantsRepository } from '../tenants/tenant-repository.js';
import { UserPrefsRepository } from '../tenants/user-prefs.js';
import { ProcessedKeys } from './processed-keys.js';
import type { AnyRepository } from './repository.js';

/** Every repository of Boussole, built over one database. Features add theirs here. */
export function createRepositories(db: Db) {
  return {
    tenants: new TenantsRepository(db),
    userPrefs: new UserPrefsRepository(db),
    processedKeys: new ProcessedKeys(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;

export function listRepositories(repositories: Repositories): AnyRepository[] {
  return Object.values(repositories) as AnyRepository[];
}
