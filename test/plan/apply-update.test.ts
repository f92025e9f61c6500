// The plan after a write, known from the write's before-image: it must be what the server stored.
import { describe, expect, it } from 'vitest';
import { applyUpdate } from '../../src/plan/apply-update.js';
import { useTestDatabase } from '../support/mongo.js';

const { db } = useTestDatabase();

describe('applyUpdate', () => {
  it('gives the document the server stores for $set, $unset, $inc and $push $each on dotted paths', async () => {
    const collection = db.collection('apply');
    const before = { _id: 'p', version: 3, steps: { '2': { status: 'in-progress', answers: { a: 'x', gone: 'y' } } } };
    await collection.insertOne(structuredClone(before) as never);
    const update = {
      $set: { 'steps.2.answers.b': ['1', '2'], 'steps.2.answers.g.items.i1._at': 'now', 'steps.4.status': 'in-progress' },
      $unset: { 'steps.2.answers.gone': '', 'steps.9.none': '' },
      $inc: { version: 1 },
      $push: { journal: { $each: [{ _id: 'h1', at: 'now' }, { _id: 'h2', at: 'later' }] } },
    };
    const stored = await collection.findOneAndUpdate({ _id: 'p' as never }, update as never, { returnDocument: 'after' });
    expect(applyUpdate(before, update)).toEqual(stored);
  });

  it('leaves the before-image as it was', () => {
    const before = { n: 1, a: { b: 1 } };
    applyUpdate(before, { $set: { 'a.b': 2 }, $inc: { n: 1 } });
    expect(before).toEqual({ n: 1, a: { b: 1 } });
  });
});
