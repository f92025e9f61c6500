import { describe, expect, it } from 'vitest';
import { inboundKey, RecentTriggers } from '../../../adapters/slack/dedup.js';

describe('RecentTriggers (commands and interactions, which Slack never retries)', () => {
  it('claims a trigger id once, and again once the work it guarded gave it back', () => {
    const triggers = new RecentTriggers();
    const key = inboundKey('cmd', 'T1', 'trig-1');
    expect(triggers.claim(key)).toBe(true);
    expect(triggers.claim(key)).toBe(false);
    triggers.release(key);
    expect(triggers.claim(key)).toBe(true);
  });

  it('forgets a trigger id after the 30 minutes its response URL lives, and holds a bounded number', () => {
    let now = 0;
    const triggers = new RecentTriggers(() => now, 2);
    expect(triggers.claim('a')).toBe(true);
    now = 29 * 60 * 1000;
    expect(triggers.claim('a')).toBe(false);
    now = 30 * 60 * 1000;
    expect(triggers.claim('a')).toBe(true);
    triggers.claim('b');
    triggers.claim('c');
    // The oldest gave way to the newest: memory stays bounded under a burst.
    expect(triggers.claim('a')).toBe(true);
    expect(triggers.claim('c')).toBe(false);
  });
});
