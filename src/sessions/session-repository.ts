import type { Db } from 'mongodb';
import type { SessionStore } from '../core/ports/stores.js';
import { CursorRepository } from './cursor-repository.js';

/** One dialogue cursor per user and conversation, so a restart resumes where the user was. */
export class SessionRepository extends CursorRepository<'dialogue'> implements SessionStore {
  constructor(db: Db) {
    super(db, 'dialogue', 'sessions');
  }
}
