import { beforeAll, describe, expect, it } from 'vitest';
import { ConsoleNotifier } from '../../adapters/console/console-notifier.js';
import { IdempotentNotifier } from '../../src/notify/idempotent-notifier.js';
import { NotificationKeys } from '../../src/notify/notification-keys.js';
import { RoutingNotifier } from '../../src/notify/routing-notifier.js';
import type { NotifyTarget } from '../../src/core/ports/notifier.js';
import { useTestDatabase } from '../support/mongo.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { asTenant } from '../support/tenant.js';

const { db } = useTestDatabase();
const keys = new NotificationKeys(db);
beforeAll(() => keys.ensureIndexes());

const target: NotifyTarget = { kind: 'channel', tenantId: asTenant('slack:T1'), channelId: 'C1' };
const hello = [{ kind: 'text' as const, text: 'hello' }];

describe('IdempotentNotifier', () => {
  it('posts once per key; a repeat is reported as a duplicate', async () => {
    const inner = new RecordingNotifier();
    const notifier = new IdempotentNotifier(inner, keys);
    expect(await notifier.post(target, hello, 'k-once')).toEqual({ ok: true, duplicate: false });
    expect(await notifier.post(target, hello, 'k-once')).toEqual({ ok: true, duplicate: true });
    const results = await Promise.all(Array.from({ length: 10 }, () => notifier.post(target, hello, 'k-race')));
    expect(inner.posts.filter((p) => p.key === 'k-race')).toHaveLength(1);
    // The losers of the race are told "in flight" or "duplicate", never "sent by me".
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
  });

  it('a failed post releases its key, so the retry posts', async () => {
    const inner = new RecordingNotifier();
    inner.fail = () => ({ ok: false, reason: 'rate-limited', detail: 'slow down' });
    const notifier = new IdempotentNotifier(inner, keys);
    expect(await notifier.post(target, hello, 'k-retry')).toMatchObject({ ok: false, reason: 'rate-limited' });
    inner.fail = () => 'throw';
    expect(await notifier.post(target, hello, 'k-retry')).toMatchObject({ ok: false, reason: 'unknown', detail: 'platform exploded' });
    inner.fail = undefined;
    expect(await notifier.post(target, hello, 'k-retry')).toEqual({ ok: true, duplicate: false });
    expect(inner.posts).toHaveLength(1);
  });

  it('a process that died between claim and post: the lease expires and the next attempt posts (late, not lost)', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    // The dead process: it leased the key and never came back.
    expect(await keys.claim('k-dead', 'dead-process', 120_000, now)).toBe('claimed');
    const inner = new RecordingNotifier();
    const survivor = new IdempotentNotifier(inner, keys, { now: () => now, leaseMs: 120_000 });
    expect(await survivor.post(target, hello, 'k-dead')).toMatchObject({ ok: false, reason: 'unavailable', detail: 'in flight in another process' });
    expect(inner.posts).toHaveLength(0);
    now = new Date('2026-01-01T00:02:01Z');
    expect(await survivor.post(target, hello, 'k-dead')).toEqual({ ok: true, duplicate: false });
    expect(inner.posts).toHaveLength(1);
    expect(await survivor.post(target, hello, 'k-dead')).toEqual({ ok: true, duplicate: true });
  });

  it('expired keys are purged', async () => {
    await keys.claim('k-old', 'p', 1_000, new Date('2020-01-01T00:00:00Z'), 1_000);
    expect(await keys.purgeExpired(new Date('2020-01-02T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await keys.claim('k-old', 'p', 1_000, new Date('2020-01-02T00:00:00Z'))).toBe('claimed');
  });
});

describe('RoutingNotifier', () => {
  it('dispatches by tenant platform prefix, prints console tenants, and survives a throwing platform', async () => {
    const printed: string[] = [];
    const slack = new RecordingNotifier();
    const teams = new RecordingNotifier();
    teams.fail = () => 'throw';
    const routing = new RoutingNotifier().register('console', new ConsoleNotifier((text) => printed.push(text))).register('slack', slack).register('teams', teams);
    expect(await routing.post(target, hello, 'a')).toEqual({ ok: true, duplicate: false });
    expect(slack.posts).toHaveLength(1);
    expect(await routing.post({ kind: 'user', tenantId: asTenant('console:local'), userId: 'me' }, hello, 'b')).toEqual({ ok: true, duplicate: false });
    expect(printed[0]).toContain('hello');
    expect(await routing.post({ ...target, tenantId: asTenant('teams:T9') }, hello, 'c')).toMatchObject({ ok: false, reason: 'unknown' });
    expect(await new RoutingNotifier().register('console', new ConsoleNotifier(() => {})).post(target, hello, 'd')).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});
