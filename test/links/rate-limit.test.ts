import { describe, expect, it } from 'vitest';
import { FixedWindowLimiter } from '../../src/links/rate-limit.js';

describe('FixedWindowLimiter', () => {
  it('allows `limit` requests per key and window, says when the window ends, and starts afresh after it', () => {
    const limiter = new FixedWindowLimiter(3, 60_000);
    expect([0, 1, 2].map((t) => limiter.take('a', t).allowed)).toEqual([true, true, true]);
    expect(limiter.take('a', 10_000)).toEqual({ allowed: false, retryAfterSeconds: 50 });
    // Another key has its own window.
    expect(limiter.take('b', 10_000).allowed).toBe(true);
    expect(limiter.take('a', 60_000).allowed).toBe(true);
  });

  it('stays bounded: with the table full, finished windows go first, else the oldest key', () => {
    const limiter = new FixedWindowLimiter(1, 1000, 2);
    limiter.take('a', 0);
    limiter.take('b', 0);
    // Both windows are over at 1000: they make room, so `a` and `b` start afresh with `c`.
    limiter.take('c', 1000);
    expect(limiter.take('a', 1000).allowed).toBe(true);
    // Table full again with live windows (c, a): the oldest (c) is dropped for d, and forgets it was used.
    limiter.take('d', 1001);
    expect(limiter.take('c', 1002).allowed).toBe(true);
  });
});
