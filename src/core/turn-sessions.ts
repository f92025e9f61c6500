import type { FormSession, FormSessionStore, Session, SessionStore } from './ports/stores.js';
import type { TenantId } from './tenant-id.js';

type Cursor = Session | FormSession;
type Store<S extends Cursor> = {
  get(tenantId: TenantId, userId: string, conversationId: string): Promise<S | null>;
  save(session: S): Promise<void>;
  clear(tenantId: TenantId, userId: string, conversationId: string): Promise<void>;
};

/**
 * A session store as one turn sees it: each cursor is read at most once per turn (the router reads
 * it, then the handler, then the question asked again after a command), and what this turn saves
 * or clears is what it reads next. A session is one person's in one conversation, and a person's
 * turns in one conversation come one at a time: another process changing it during this turn is
 * the stale-view case the handlers check with `seen`, on the next turn.
 */
function turnCursors<S extends Cursor>(store: Store<S>): Store<S> {
  const known = new Map<string, Promise<S | null>>();
  const key = (tenantId: TenantId, userId: string, conversationId: string) => `${tenantId}|${userId}|${conversationId}`;
  return {
    get(tenantId, userId, conversationId) {
      const k = key(tenantId, userId, conversationId);
      let session = known.get(k);
      if (!session) {
        session = store.get(tenantId, userId, conversationId);
        known.set(k, session);
        session.catch(() => known.delete(k));
      }
      // Each reader gets its own copy, as from the store: a handler may change what it read.
      return session.then((s) => (s ? structuredClone(s) : null));
    },
    async save(session) {
      const k = key(session.tenantId, session.userId, session.conversationId);
      known.delete(k);
      await store.save(session);
      known.set(k, Promise.resolve(structuredClone(session)));
    },
    async clear(tenantId, userId, conversationId) {
      const k = key(tenantId, userId, conversationId);
      known.delete(k);
      await store.clear(tenantId, userId, conversationId);
      known.set(k, Promise.resolve(null));
    },
  };
}

export const turnSessions = (store: SessionStore): SessionStore => turnCursors(store);
export const turnFormSessions = (store: FormSessionStore): FormSessionStore => turnCursors(store);
