import type { Db } from 'mongodb';
import type { FormSessionStore } from '../core/ports/stores.js';
import { CursorRepository } from './cursor-repository.js';

/** The form in progress per user and conversation (apart from step sessions, which it pauses). */
export class FormSessionRepository extends CursorRepository<'form'> implements FormSessionStore {
  constructor(db: Db) {
    super(db, 'form', 'form_sessions');
  }
}
