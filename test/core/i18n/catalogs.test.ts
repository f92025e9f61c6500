import { describe, expect, it } from 'vitest';
import { catalogProblems } from '../../../src/core/i18n/catalog.js';
import { CATALOGS } from '../../support/catalogs.js';

describe('every catalog', () => {
  for (const [name, catalog] of Object.entries(CATALOGS)) {
    it(`${name}: has the same keys and parameters in French and English, none empty`, () => {
      expect(catalogProblems(catalog)).toEqual([]);
    });
  }
});
