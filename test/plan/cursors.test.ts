// A person's cursor as the plan document keeps it.
import { describe, expect, it } from 'vitest';
import type { Position, Session } from '../../src/core/ports/stores.js';
import { cursorIn, cursorKey, decodePosition, encodePosition, storedCursor } from '../../src/plan/cursors.js';
import { asTenant } from '../support/tenant.js';

const positions: Position[] = [
  { at: 'review' },
  { at: 'group-more', node: 3 },
  { at: 'question', node: 0 },
  { at: 'question', node: 2, itemId: 'a1b2c3d4e5f6' },
  { at: 'question', node: 2, itemId: 's1kx9', q: 4 },
];

describe('cursors', () => {
  it('store each trail position as one string and read it back the same', () => {
    for (const p of positions) expect(decodePosition(encodePosition(p))).toEqual(p);
    expect(positions.map(encodePosition)).toEqual(['r', 'g|3', 'q|0||', 'q|2|a1b2c3d4e5f6|', 'q|2|s1kx9|4']);
  });

  it('drop a trail position that does not read, and read the objects earlier versions stored', () => {
    const session: Session = { tenantId: asTenant('console:c'), userId: 'U1', conversationId: 'C.1', step: 2, definition: 'v', turn: 1, position: { at: 'review' }, trail: positions, returnToReview: false, updatedAt: 'now' };
    const stored = storedCursor('dialogue', session);
    expect(stored.trail).toEqual(positions.map(encodePosition));
    const slot = (trail: unknown[]) => ({ cursors: { [cursorKey('U1', 'C.1')]: { dialogue: { ...stored, trail } } } });
    expect(cursorIn(slot(stored.trail as string[]), 'dialogue', 'U1', 'C.1')).toEqual(session);
    expect(cursorIn(slot(['q|x', 'zz', 'g|1']), 'dialogue', 'U1', 'C.1')?.trail).toEqual([{ at: 'group-more', node: 1 }]);
    expect(cursorIn(slot([{ at: 'question', node: 1 }, 'r']), 'dialogue', 'U1', 'C.1')?.trail).toEqual([{ at: 'question', node: 1 }, { at: 'review' }]);
  });

  it('belong to one person in one conversation', () => {
    const other = { cursors: { [cursorKey('U1', 'C.1')]: { form: { tenantId: 'console:c', userId: 'U2', conversationId: 'C.1', form: 'f', index: 0, answers: {}, trail: [], turn: 0, updatedAt: 'now' } } } };
    expect(cursorIn(other, 'form', 'U1', 'C.1')).toBeNull();
    expect(cursorKey('U1', 'C.1')).not.toContain('.');
  });
});
