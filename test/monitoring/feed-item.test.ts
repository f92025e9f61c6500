import { beforeAll, describe, expect, it } from 'vitest';
import { FeedItemRepository, type FeedItem } from '../../src/monitoring/feed-item.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const T = asTenant('slack:ITEMS');
const OTHER = asTenant('slack:OTHER');
const from = new Date('2026-03-02T00:00:00Z');
const to = new Date('2026-03-09T00:00:00Z');
let items: FeedItemRepository;

const feedItem = (tenantId: typeof T, n: number, seenAt: string, matched = true): FeedItem => ({
  _id: `${tenantId}|i${n}`,
  tenantId,
  feedUrl: 'https://feed.example/rss',
  title: `Item ${n}`,
  seenAt: new Date(seenAt),
  matched,
  matches: matched ? [{ kind: 'keyword', term: 'Laval' }] : [],
});

beforeAll(async () => {
  items = new FeedItemRepository(db);
  await items.ensureIndexes();
  await items.insertNew([
    feedItem(T, 1, '2026-03-03T10:00:00Z'),
    feedItem(T, 2, '2026-03-05T10:00:00Z'),
    feedItem(T, 3, '2026-03-08T10:00:00Z'),
    feedItem(T, 4, '2026-03-06T10:00:00Z', false),
    feedItem(T, 5, '2026-03-01T23:59:59Z'),
    feedItem(T, 6, '2026-03-09T00:00:00Z'),
    feedItem(OTHER, 7, '2026-03-04T10:00:00Z'),
  ]);
});

describe('matched feed items of a week, with their total', () => {
  it('lists the matched items of [from, to), newest first, and counts them from the same read when under the limit', async () => {
    const { items: found, total } = await items.matchedWithTotal(T, from, to, 10);
    expect(found.map((i) => i.title)).toEqual(['Item 3', 'Item 2', 'Item 1']);
    expect(total).toBe(3);
  });

  it('still gives the full total when the limit cuts the list', async () => {
    const { items: found, total } = await items.matchedWithTotal(T, from, to, 2);
    expect(found.map((i) => i.title)).toEqual(['Item 3', 'Item 2']);
    expect(total).toBe(3);
  });

  it('gives the total when the week holds exactly as many as the limit', async () => {
    const { items: found, total } = await items.matchedWithTotal(T, from, to, 3);
    expect(found).toHaveLength(3);
    expect(total).toBe(3);
  });
});
