import { createHash } from 'node:crypto';
import { compact } from '../util/compact.js';
import type { Logger } from '../log/logger.js';
import type { FeedItem, FeedItemRepository } from './feed-item.js';
import { DEFAULT_LIMITS, fetchFeed, type FetchLimits } from './feed-fetch.js';
import type { FeedState, FeedStateRepository } from './feed-state.js';
import { TermMatcher } from './match.js';
import type { WatchConfig } from './watch-config.js';
import type { TenantId } from '../core/tenant-id.js';

export interface PollerOptions {
  limits?: FetchLimits;
  /** Feeds fetched at once for one tenant. */
  concurrency?: number;
  /** Items older than this are history, not news: not stored as new. */
  maxItemAgeMs?: number;
  clock?: () => Date;
}

export interface FeedOutcome {
  url: string;
  status: 'new-items' | 'not-modified' | 'error' | 'backing-off';
  newItems: number;
  error?: string;
}

const HOUR = 3_600_000;
const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 20);

/** After n consecutive failures the next poll waits 2^(n-1) hours, at most a day: never a tight loop. */
export function backoffMs(failures: number): number {
  return Math.min(24, 2 ** Math.max(0, failures - 1)) * HOUR;
}

/** Polls one tenant's feeds (step 1), stores the new items and which watched terms they mention. */
export class FeedPoller {
  private readonly limits: FetchLimits;
  private readonly concurrency: number;
  private readonly maxItemAgeMs: number;
  private readonly clock: () => Date;

  constructor(
    private readonly states: FeedStateRepository,
    private readonly items: FeedItemRepository,
    private readonly log?: Logger,
    options: PollerOptions = {},
  ) {
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.concurrency = options.concurrency ?? 4;
    this.maxItemAgeMs = options.maxItemAgeMs ?? 30 * 24 * HOUR;
    this.clock = options.clock ?? (() => new Date());
  }

  async pollTenant(tenantId: TenantId, config: WatchConfig): Promise<FeedOutcome[]> {
    const matcher = new TermMatcher(config.terms);
    const outcomes: FeedOutcome[] = [];
    let next = 0;
    const worker = async () => {
      while (next < config.feeds.length) {
        const url = config.feeds[next++]!;
        try {
          outcomes.push(await this.pollFeed(tenantId, url, matcher));
        } catch (error) {
          // A database hiccup on one feed: the others still get their turn.
          this.log?.warn({ err: error, tenantId, url }, 'feed poll failed');
          outcomes.push({ url, status: 'error', newItems: 0, error: error instanceof Error ? error.message : String(error) });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, config.feeds.length) }, worker));
    return outcomes;
  }

  private async pollFeed(tenantId: TenantId, url: string, matcher: TermMatcher): Promise<FeedOutcome> {
    const id = `${tenantId}|${hash(url)}`;
    const state: FeedState = (await this.states.findOne(tenantId, { _id: id })) ?? { _id: id, tenantId, url, failures: 0 };
    const started = this.clock();
    if (state.nextPollAt && state.nextPollAt.getTime() > started.getTime()) return { url, status: 'backing-off', newItems: 0, error: state.lastError };

    const fetched = await fetchFeed(url, { etag: state.etag, lastModified: state.lastModified }, this.limits);
    const now = this.clock();
    if (fetched.kind === 'not-modified') {
      await this.save(state, { lastPolledAt: now, lastOkAt: now, failures: 0 });
      return { url, status: 'not-modified', newItems: 0 };
    }
    if (fetched.kind === 'error') return this.fail(state, now, fetched.message);
    // The feed parser is loaded the first time a feed has something to read: a server whose teams
    // watch no feed never holds it (about 3 MB of heap).
    const { parseFeedBody } = await import('./feed-parse.js');
    const parsed = parseFeedBody(fetched.body);
    if (!parsed.ok) return this.fail(state, now, `not a readable RSS, Atom or RDF feed: ${parsed.message}`);

    const fresh: FeedItem[] = parsed.items
      .filter((item) => !item.publishedAt || now.getTime() - item.publishedAt.getTime() <= this.maxItemAgeMs)
      .map((item) => {
        const matches = matcher.match(`${item.title} ${item.summary ?? ''}`);
        return compact({
          _id: `${tenantId}|${hash(`${url}\n${item.key}`)}`,
          tenantId,
          feedUrl: url,
          title: item.title.slice(0, 500),
          link: item.link && item.link.length <= 2000 ? item.link : undefined,
          summary: item.summary,
          publishedAt: item.publishedAt,
          seenAt: now,
          matched: matches.length > 0,
          matches,
        });
      });
    const newItems = await this.items.insertNew(fresh);
    await this.save(state, { lastPolledAt: now, lastOkAt: now, failures: 0, ...fetched.validators });
    return { url, status: 'new-items', newItems };
  }

  private async fail(state: FeedState, now: Date, message: string): Promise<FeedOutcome> {
    const failures = state.failures + 1;
    await this.save(state, { lastPolledAt: now, failures, lastError: message.slice(0, 500), nextPollAt: new Date(now.getTime() + backoffMs(failures)) });
    this.log?.info({ tenantId: state.tenantId, url: state.url, failures, error: message }, 'feed poll failed; backing off');
    return { url: state.url, status: 'error', newItems: 0, error: message };
  }

  private async save(state: FeedState, changes: Partial<FeedState>): Promise<void> {
    const set = compact({ ...changes, url: state.url });
    const unset: Record<string, true> = {};
    if (changes.failures === 0) {
      unset.lastError = true;
      unset.nextPollAt = true;
    }
    await this.states.update(state.tenantId, { _id: state._id }, Object.keys(unset).length ? { $set: set, $unset: unset } : { $set: set }, { upsert: true });
  }
}
