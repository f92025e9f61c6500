import { describe, expect, it } from 'vitest';
import { inboundKey, RecentTriggers } from '../../../adapters/slack/dedup.js';

describe('RecentTriggers (commands and interactions, which Slack never retries)', () => {
  it('claims a trigger id once, and again once the work it guarded gave it back', async () => {
    const triggers = new RecentTriggers();
    const key = inboundKey('cmd', 'T1', 'trig-1');
    expect(await triggers.claim(key)).toBe(true);
    expect(await triggers.claim(key)).toBe(false);
    await triggers.release(key);
    expect(await triggers.claim(key)).toBe(true);
  });

  it('forgets a trigger id after the 30 minutes its response URL lives, and holds a bounded number', async () => {
    let now = 0;
    const triggers = new RecentTriggers(() => now, 2);
    expect(await triggers.claim('a')).toBe(true);
    now = 29 * 60 * 1000;
    expect(await triggers.claim('a')).toBe(false);
    now = 30 * 60 * 1000;
    expect(await triggers.claim('a')).toBe(true);
    await triggers.claim('b');
    await triggers.claim('c');
    // The oldest gave way to the newest: memory stays bounded under a burst.
    expect(await triggers.claim('a')).toBe(true);
    expect(await triggers.claim('c')).toBe(false);
  });
});
