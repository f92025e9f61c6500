import type { Db } from 'mongodb';
import type { AnyRepository } from './repository.js';

/** Every repository of Boussole, built over one database. Features add theirs here. */
export function createRepositories(db: Db) {
  void db;
  return {};
}

export type Repositories = ReturnType<typeof createRepositories>;

export function listRepositories(repositories: Repositories): AnyRepository[] {
  return Object.values(repositories) as AnyRepository[];
}
