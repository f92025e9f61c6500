import { describe, expect, it } from 'vitest';
import { ianaZoneSchema } from '../../src/tenants/tenant.js';

describe('a tenant’s time zone', () => {
  it('is an IANA zone, checked once and then known, while a zone that is not one stays refused', () => {
    for (let i = 0; i < 2; i++) {
      expect(ianaZoneSchema.safeParse('America/Toronto').success).toBe(true);
      expect(ianaZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
    }
    expect(ianaZoneSchema.safeParse('Europe/Paris').success).toBe(true);
    expect(ianaZoneSchema.safeParse('').success).toBe(false);
  });
});
