import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backoffMs, FeedPoller } from '../../src/monitoring/feed-poller.js';
import { fetchFeed } from '../../src/monitoring/feed-fetch.js';
import { TermMatcher } from '../../src/monitoring/match.js';
import { watchConfig } from '../../src/monitoring/watch-config.js';
import type { Repositories } from '../../src/app/repositories.js';
import { featureRepositories, silentLog } from '../support/feature-fixtures.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';
import { useTestDatabase } from '../support/mongo.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
let repositories: Repositories;
let server: FeedServer;
beforeAll(async () => {
  repositories = await featureRepositories(db);
  server = await startFeedServer();
});
afterAll(() => server.close());

const limits = { timeoutMs: 1_500, maxBytes: 512 * 1024, maxRedirects: 5 };
const terms = {
  keywords: ['Université Laval'],
  competitors: ['Concordia'],
  influencers: { items: { i1: { _at: '2026-01-01T00:00:00Z', answers: { name: 'Marie Tremblay', platform: 'x', handle: '@marie_t' } } } },
};

function poller(clock: () => Date) {
  return new FeedPoller(repositories.feedStates, repositories.feedItems, silentLog, { limits, clock, maxItemAgeMs: Number.POSITIVE_INFINITY });
}

describe('term matching', () => {
  it('ignores case and accents, and respects word boundaries', () => {
    const matcher = new TermMatcher([{ kind: 'keyword', label: 'Université Laval' }, { kind: 'competitor', label: 'Laval' }]);
    expect(matcher.match('L’UNIVERSITE LAVAL innove')).toEqual([
      { kind: 'keyword', term: 'Université Laval' },
      { kind: 'competitor', term: 'Laval' },
    ]);
    expect(matcher.match('Lavalle et Lavallois')).toEqual([]);
  });

  it('reads step 1: only http(s) feeds, influencer names and handles', () => {
    const config = watchConfig({ ...terms, feeds: ['https://a.example/rss', 'file:///etc/passwd', 'not a url'] });
    expect(config.feeds).toEqual(['https://a.example/rss']);
    expect(config.terms.filter((t) => t.kind === 'influencer').map((t) => t.label)).toEqual(['Marie Tremblay', '@marie_t']);
  });
});

describe('feed poller against a local server', () => {
  it('parses RSS 2.0, Atom and RDF, stores matched items once, and uses conditional GET', async () => {
    let clock = new Date('2026-03-07T12:00:00Z');
    const config = watchConfig({ ...terms, feeds: [server.url('/rss.xml'), server.url('/atom.xml'), server.url('/moved')] });
    const first = await poller(() => clock).pollTenant(asTenant('slack:FEED'), config);
    expect(first.map((o) => [o.url.replace(/^.*\//, ''), o.status, o.newItems]).sort()).toEqual([
      ['atom.xml', 'new-items', 2],
      ['moved', 'new-items', 1],
      ['rss.xml', 'new-items', 3],
    ]);
    const matched = await repositories.feedItems.matchedBetween(asTenant('slack:FEED'), new Date(0), new Date('2030-01-01'), 50);
    const byTitle = Object.fromEntries(matched.map((item) => [item.title, item.matches.map((m) => `${m.kind}:${m.term}`)]));
    expect(byTitle).toEqual({
      'L’UNIVERSITE LAVAL lance un nouveau programme': ['keyword:Université Laval'],
      'Concordia et McGill signent une entente': ['competitor:Concordia'],
      'Entrevue avec Marie Trëmblay sur les médias sociaux': ['influencer:Marie Tremblay'],
      'Classement : Université Laval devant Concordia': ['keyword:Université Laval', 'competitor:Concordia'],
    });
    expect(matched.find((m) => m.title.startsWith('Entrevue'))?.summary).toBe('Une conversation sur la veille .');

    clock = new Date('2026-03-07T13:00:00Z');
    const second = await poller(() => clock).pollTenant(asTenant('slack:FEED'), config);
    const status = Object.fromEntries(second.map((o) => [o.url.replace(/^.*\//, ''), [o.status, o.newItems]]));
    expect(status).toEqual({ 'rss.xml': ['not-modified', 0], 'atom.xml': ['not-modified', 0], moved: ['new-items', 0] });
    expect(server.requests.filter((r) => r.path === '/rss.xml').at(-1)?.ifNoneMatch).toBe('"v1"');
    expect(server.requests.filter((r) => r.path === '/atom.xml').at(-1)?.ifModifiedSince).toBe('Thu, 05 Mar 2026 12:00:00 GMT');
    expect(await repositories.feedItems.count(asTenant('slack:FEED'))).toBe(6);
  });

  it('records malformed, huge, slow, endless-redirect and failing feeds, and backs them off', async () => {
    let clock = new Date('2026-03-07T12:00:00Z');
    const paths = ['/malformed.xml', '/huge.xml', '/slow.xml', '/loop', '/missing'];
    const config = watchConfig({ ...terms, feeds: paths.map((p) => server.url(p)) });
    const started = Date.now();
    const outcomes = await poller(() => clock).pollTenant(asTenant('slack:BAD'), config);
    expect(Date.now() - started).toBeLessThan(10_000);
    const errors = Object.fromEntries(outcomes.map((o) => [o.url.replace(/^.*\//, ''), o.error]));
    expect(outcomes.every((o) => o.status === 'error')).toBe(true);
    expect(errors['malformed.xml']).toContain('not a readable RSS, Atom or RDF feed');
    expect(errors['huge.xml']).toContain('too large');
    expect(errors['slow.xml']).toContain('no complete answer within 1500 ms');
    expect(errors['loop']).toContain('more than 5 redirects');
    expect(errors['missing']).toBe('HTTP 500');

    const failing = await repositories.feedStates.failing(asTenant('slack:BAD'));
    expect(failing).toHaveLength(5);
    expect(failing.every((f) => f.failures === 1 && f.nextPollAt?.getTime() === clock.getTime() + backoffMs(1))).toBe(true);

    const before = server.requests.length;
    clock = new Date('2026-03-07T12:30:00Z');
    const again = await poller(() => clock).pollTenant(asTenant('slack:BAD'), config);
    expect(again.every((o) => o.status === 'backing-off')).toBe(true);
    expect(server.requests.length).toBe(before);
    expect(backoffMs(2)).toBe(2 * 3_600_000);
    expect(backoffMs(30)).toBe(24 * 3_600_000);
  });

  it('never fetches anything but http(s)', async () => {
    expect(await fetchFeed('file:///etc/passwd', {}, limits)).toMatchObject({ kind: 'error' });
  });
});
