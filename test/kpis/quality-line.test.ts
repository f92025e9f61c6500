import { describe, expect, it } from 'vitest';
import { qualityLine } from '../../src/kpis/quality-line.js';
import type { QualityRating } from '../../src/kpis/quality-rating.js';
import { asTenant } from '../support/tenant.js';

const rating = (day: string, value: number, notes?: string): QualityRating => ({
  _id: `console:t|${day}`, tenantId: asTenant('console:t'), rating: value, day, at: new Date(`${day}T15:00:00Z`), ...(notes ? { notes } : {}),
});

describe('the conversation-quality line', () => {
  it('dates the latest rating with its month written out, not abbreviated, in each language', () => {
    const ratings = [rating('2026-11-13', 3), rating('2026-11-20', 4, 'des échanges plus longs')];
    expect(qualityLine(ratings, 'fr')).toBe('▁█ 4/5 (20 novembre) — des échanges plus longs');
    expect(qualityLine([rating('2026-12-01', 5)], 'fr')).toContain('(1er décembre)');
    expect(qualityLine(ratings, 'en')).toContain('4/5 (November 20)');
  });

  it('says nothing when nothing is rated yet', () => {
    expect(qualityLine([], 'fr')).toBeUndefined();
  });
});
