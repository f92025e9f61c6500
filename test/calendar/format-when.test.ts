import { describe, expect, it } from 'vitest';
import { formatWhen } from '../../src/calendar/format-when.js';
import { parseDateTime } from '../../src/core/dialogue/parse/date-time.js';

const zone = 'America/Toronto';

describe('formatWhen: an instant as the team reads it', () => {
  it('shows a plain local time without a zone', () => {
    expect(formatWhen(new Date('2026-11-02T19:00:00Z'), 'en', zone)).toBe('Monday, November 2, 2026 at 2\u00a0p.m.');
    expect(formatWhen(new Date('2026-11-02T19:00:00Z'), 'fr', zone)).toBe('lundi 2 novembre 2026 à 14\u00a0h');
  });

  it('names the zone of a time that happens twice when clocks fall back, so the team sees which one was read', () => {
    const now = new Date('2026-10-30T12:00:00Z');
    const read = parseDateTime('1 novembre 1h30', { locale: 'fr', timeZone: zone, now });
    if (!read.ok) throw new Error(read.error.en);
    const at = new Date(read.value);
    expect(at.toISOString()).toBe('2026-11-01T06:30:00.000Z');
    expect(formatWhen(at, 'fr', zone)).toBe('dimanche 1er novembre 2026 à 1\u00a0h\u00a030 HNE');
    // An hour earlier the clock showed 1:30 too, in daylight time.
    expect(formatWhen(new Date(at.getTime() - 3_600_000), 'en', zone)).toBe('Sunday, November 1, 2026 at 1:30\u00a0a.m. EDT');
  });
});
