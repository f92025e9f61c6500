import { describe, expect, it } from 'vitest';
import { TtlCache } from '../../src/store/ttl-cache.js';

describe('TtlCache', () => {
  it('keeps a value for its life, then forgets it', () => {
    let now = 0;
    const cache = new TtlCache<string>(1000, () => now);
    cache.set('k', 'v');
    now = 999;
    expect(cache.get('k')).toBe('v');
    now = 1000;
    expect(cache.get('k')).toBeUndefined();
  });

  it('drops the oldest entry beyond its size', () => {
    const cache = new TtlCache<number>(1000, () => 0, 2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });
});
