import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/core/i18n/messages.js';

describe('engine messages', () => {
  it('exist in French and English for every key, never empty, with the same parameters', () => {
    const fr = MESSAGES.fr;
    const en = MESSAGES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as Array<keyof typeof fr>) {
      expect(fr[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(en[key]), key).toEqual(params(fr[key]));
    }
  });
});
