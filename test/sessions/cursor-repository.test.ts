// Cursors kept in their own collections by earlier versions move into the plans on start, so a
// person in the middle of a step or a form after an upgrade goes on where they were.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../src/core/ports/stores.js';
import { PlanRepository } from '../../src/plan/plan-repository.js';
import { FormSessionRepository } from '../../src/sessions/form-session-repository.js';
import { SessionRepository } from '../../src/sessions/session-repository.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();

describe('cursors from an earlier version', () => {
  it('move into the plan once, a newer cursor there kept, and the old collections emptied', async () => {
    const tenantId = asTenant('console:upgrade');
    await new PlanRepository(db).start(tenantId, 1, { id: 'U1' });
    const at = new Date().toISOString();
    const dialogue: Session = { tenantId, userId: 'U1', conversationId: 'D1', step: 1, definition: 'v1', turn: 3, position: { at: 'question', node: 2 }, trail: [], returnToReview: false, updatedAt: at };
    await db.collection('sessions').insertOne({ _id: `${tenantId}|U1|D1` as never, ...dialogue });
    await db.collection('form_sessions').insertOne({ _id: `${tenantId}|U1|D1` as never, tenantId, userId: 'U1', conversationId: 'D1', form: 'calendar-add', index: 1, answers: { platform: 'facebook' }, trail: [0], turn: 2, updatedAt: at });
    await db.collection('sessions').insertOne({ _id: 'damaged' as never, tenantId, userId: 'U2', conversationId: 'D2', step: 99 });

    const sessions = new SessionRepository(db);
    const forms = new FormSessionRepository(db);
    await sessions.ensureIndexes();
    await forms.ensureIndexes();

    expect(await sessions.get(tenantId, 'U1', 'D1')).toEqual(dialogue);
    expect(await forms.get(tenantId, 'U1', 'D1')).toMatchObject({ form: 'calendar-add', index: 1, answers: { platform: 'facebook' } });
    expect(await db.collection('sessions').countDocuments()).toBe(0);
    expect(await db.collection('form_sessions').countDocuments()).toBe(0);

    // A second start finds nothing to move, and a cursor saved since stays.
    await sessions.save({ ...dialogue, turn: 4, position: { at: 'review' } });
    await db.collection('sessions').insertOne({ _id: `${tenantId}|U1|D1` as never, ...dialogue });
    await sessions.ensureIndexes();
    expect(await sessions.get(tenantId, 'U1', 'D1')).toMatchObject({ turn: 4, position: { at: 'review' } });
  });
});
