// Every MongoDB operation Boussole relies on, proven against the test server: the embedded
// FerretDB by default, or a real MongoDB when MONGODB_URI is set (the suite is the same).
import { setTimeout as sleep } from 'node:timers/promises';
import { Agenda, type Job } from 'agenda';
import { MongoBackend } from '@agendajs/mongo-backend';
import { DateTime } from 'luxon';
import { MongoClient, MongoServerError } from 'mongodb';
import { clientOptionsFor } from '../../src/store/client-options.js';
import { afterEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/mongo.js';

const { db, uri, kind, dbName } = useTestDatabase();

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(50);
  }
}

describe('driver operations', () => {
  it('findOneAndUpdate upserts with $setOnInsert, $inc, sort and returnDocument', async () => {
    const col = db.collection('counters');
    const first = await col.findOneAndUpdate(
      { tenantId: 't1', key: 'a' },
      { $setOnInsert: { createdAt: 'now' }, $inc: { n: 1 } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(first).toMatchObject({ tenantId: 't1', key: 'a', createdAt: 'now', n: 1 });
    const second = await col.findOneAndUpdate(
      { tenantId: 't1', key: 'a' },
      { $setOnInsert: { createdAt: 'later' }, $inc: { n: 1 } },
      { upsert: true, returnDocument: 'before' },
    );
    expect(second).toMatchObject({ createdAt: 'now', n: 1 });
    await col.insertMany([
      { tenantId: 't1', key: 'q', due: 3 },
      { tenantId: 't1', key: 'q', due: 1 },
      { tenantId: 't1', key: 'q', due: 2 },
    ]);
    // Claim the earliest due one: the pattern the schedulers use.
    const claimed = await col.findOneAndUpdate(
      { tenantId: 't1', key: 'q', claimed: { $exists: false } },
      { $set: { claimed: true } },
      { sort: { due: 1 }, returnDocument: 'after' },
    );
    expect(claimed).toMatchObject({ due: 1, claimed: true });
  });

  it('$push and $pull edit arrays in place', async () => {
    const col = db.collection('lists');
    await col.insertOne({ tenantId: 't1', _id: 'l1' as never, items: ['a'] });
    await col.updateOne({ _id: 'l1' as never }, { $push: { items: { $each: ['b', 'c'] } } as never });
    await col.updateOne({ _id: 'l1' as never }, { $pull: { items: 'a' } as never });
    expect((await col.findOne({ _id: 'l1' as never }))?.items).toEqual(['b', 'c']);
  });

  it('a unique compound index rejects a duplicate with code 11000', async () => {
    const col = db.collection('uniq');
    await col.createIndex({ tenantId: 1, key: 1 }, { unique: true });
    await col.createIndex({ tenantId: 1, key: 1 }, { unique: true }); // idempotent
    await col.insertOne({ tenantId: 't1', key: 'k' });
    await col.insertOne({ tenantId: 't2', key: 'k' });
    const error = await col.insertOne({ tenantId: 't1', key: 'k' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MongoServerError);
    expect((error as MongoServerError).code).toBe(11000);
  });

  it('optimistic concurrency: an update filtered on a stale version matches nothing', async () => {
    const col = db.collection('plans');
    await col.insertOne({ _id: 'p1' as never, tenantId: 't1', version: 1, title: 'a' });
    const winner = await col.updateOne({ _id: 'p1' as never, version: 1 }, { $set: { title: 'b' }, $inc: { version: 1 } });
    const loser = await col.updateOne({ _id: 'p1' as never, version: 1 }, { $set: { title: 'c' }, $inc: { version: 1 } });
    expect(winner.modifiedCount).toBe(1);
    expect(loser.matchedCount).toBe(0);
    expect(await col.findOne({ _id: 'p1' as never })).toMatchObject({ title: 'b', version: 2 });
  });

  it('aggregate with $match, $group and $sort, and countDocuments', async () => {
    const col = db.collection('comments');
    await col.insertMany([
      { tenantId: 't1', kind: 'angry', minutes: 30 },
      { tenantId: 't1', kind: 'angry', minutes: 90 },
      { tenantId: 't1', kind: 'question', minutes: 10 },
      { tenantId: 't2', kind: 'angry', minutes: 1000 },
    ]);
    // One accumulator per $group: FerretDB 1.24 computes only the first one of a $group.
    const counts = await col
      .aggregate([{ $match: { tenantId: 't1' } }, { $group: { _id: '$kind', count: { $sum: 1 } } }, { $sort: { count: -1 } }])
      .toArray();
    expect(counts).toEqual([
      { _id: 'angry', count: 2 },
      { _id: 'question', count: 1 },
    ]);
    const totals = await col
      .aggregate([{ $match: { tenantId: 't1' } }, { $group: { _id: '$kind', total: { $sum: '$minutes' } } }, { $sort: { total: 1 } }])
      .toArray();
    expect(totals).toEqual([
      { _id: 'question', total: 10 },
      { _id: 'angry', total: 120 },
    ]);
    expect(await col.countDocuments({ tenantId: 't1', kind: 'angry' })).toBe(2);
  });

  it('an insert with a unique key claims once, even from two clients racing', async () => {
    // The primitive behind "exactly once across processes": an idempotency key inserted as _id.
    const other = new MongoClient(uri, clientOptionsFor(kind));
    try {
      const mine = db.collection('claims');
      const theirs = other.db(dbName).collection('claims');
      const outcomes = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? mine : theirs).insertOne({ _id: `key-${i % 10}` as never }).then(
            () => 'won',
            (e: MongoServerError) => (e.code === 11000 ? 'lost' : e.message),
          ),
        ),
      );
      expect(outcomes.filter((o) => o === 'won')).toHaveLength(10);
      expect(outcomes.filter((o) => o === 'lost')).toHaveLength(30);
    } finally {
      await other.close();
    }
  });

  it('bulkWrite mixes inserts, updates, upserts and deletes', async () => {
    const col = db.collection('bulk');
    const result = await col.bulkWrite([
      { insertOne: { document: { tenantId: 't1', k: 1 } } },
      { insertOne: { document: { tenantId: 't1', k: 2 } } },
      { updateOne: { filter: { tenantId: 't1', k: 1 }, update: { $set: { seen: true } } } },
      { updateOne: { filter: { tenantId: 't1', k: 3 }, update: { $set: { seen: false } }, upsert: true } },
      { deleteOne: { filter: { tenantId: 't1', k: 2 } } },
    ]);
    expect(result.insertedCount).toBe(2);
    expect(result.upsertedCount).toBe(1);
    expect(result.deletedCount).toBe(1);
    expect(await col.countDocuments({ tenantId: 't1' })).toBe(2);
  });
});

describe('Agenda on the same database', () => {
  const agendas: Agenda[] = [];
  function agenda(collection: string): Agenda {
    // The lock lifetime is Agenda's own default (10 min): a job an instance has locked may wait in
    // its local queue for a free slot, and on a loaded machine a short lifetime lets the other
    // instance take an expired lock over and run the job a second time, which is not what the
    // pair test below is about.
    const a = new Agenda({ backend: new MongoBackend({ mongo: db, collection }), processEvery: 100 });
    a.on('error', () => {});
    agendas.push(a);
    return a;
  }
  afterEach(async () => {
    await Promise.all(agendas.splice(0).map((a) => a.stop().catch(() => {})));
  });

  it('runs a defined job now, and one scheduled a second ahead no sooner', async () => {
    const a = agenda('jobs_now');
    const ran: Array<{ name: string; at: number; data: unknown }> = [];
    a.define('ping', async (job: Job<{ n: number }>) => {
      ran.push({ name: 'ping', at: Date.now(), data: job.attrs.data });
    });
    await a.start();
    const scheduledAt = Date.now();
    await a.now('ping', { n: 1 });
    await a.schedule(new Date(scheduledAt + 1000), 'ping', { n: 2 });
    await waitUntil(() => ran.length === 2);
    expect(ran.map((r) => r.data)).toEqual([{ n: 1 }, { n: 2 }]);
    expect(ran[1]!.at).toBeGreaterThanOrEqual(scheduledAt + 1000);
  });

  it('every() with a cron in a time zone computes the next run in that zone', async () => {
    const a = agenda('jobs_cron');
    a.define('digest', async () => {});
    await a.start();
    const job = await a.every('0 9 * * 1', 'digest', undefined, { timezone: 'America/Toronto', skipImmediate: true });
    const next = DateTime.fromJSDate(job.attrs.nextRunAt!).setZone('America/Toronto');
    expect(next.weekday).toBe(1);
    expect(next.hour).toBe(9);
    expect(next.minute).toBe(0);
    expect(next.toMillis()).toBeGreaterThan(Date.now());
  });

  it('unique() keeps one job per key however often it is saved', async () => {
    const a = agenda('jobs_unique');
    a.define('reminder', async () => {});
    const when = new Date(Date.now() + 3_600_000);
    for (let i = 0; i < 3; i++) {
      await a.create('reminder', { entryId: 'e1' }).unique({ 'data.entryId': 'e1' }).schedule(when).save();
    }
    await a.create('reminder', { entryId: 'e2' }).unique({ 'data.entryId': 'e2' }).schedule(when).save();
    expect(await db.collection('jobs_unique').countDocuments({ name: 'reminder' })).toBe(2);
  });

  it('two Agenda instances process 50 jobs with none run twice', async () => {
    // Both on this process's client: see src/store/client-options.ts for why one connection.
    const runs = new Map<number, number>();
    const record = async (job: Job<{ i: number }>) => {
      runs.set(job.attrs.data.i, (runs.get(job.attrs.data.i) ?? 0) + 1);
      await sleep(5);
    };
    const a = agenda('jobs_pair');
    const b = agenda('jobs_pair');
    a.define('work', record, { concurrency: 5 });
    b.define('work', record, { concurrency: 5 });
    await Promise.all([a.start(), b.start()]);
    await Promise.all(Array.from({ length: 50 }, (_, i) => a.now('work', { i })));
    await waitUntil(() => runs.size === 50, 90_000);
    await sleep(500); // time for a duplicate to show up, if there were one
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(runs.size).toBe(50);
  }, 120_000);

  it('drain() waits for the running job to finish before stopping', async () => {
    const a = agenda('jobs_drain');
    let finished = false;
    let started = false;
    a.define('slow', async () => {
      started = true;
      await sleep(700);
      finished = true;
    });
    await a.start();
    await a.now('slow', {});
    await waitUntil(() => started);
    const result = await a.drain(5000);
    expect(finished).toBe(true);
    expect(result.timedOut).toBe(false);
  });
});
