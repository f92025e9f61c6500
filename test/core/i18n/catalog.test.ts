import { describe, expect, it } from 'vitest';
import { catalogProblems, defineCatalog } from '../../../src/core/i18n/catalog.js';

const sample = defineCatalog(
  { greet: 'Bonjour {name} !', count: '{n} sur {total}', plain: 'Oui' },
  { greet: 'Hello {name}!', count: '{n} of {total}', plain: 'Yes' },
);

describe('a catalog', () => {
  it('gives the message in the asked language with its parameters filled in', () => {
    expect(sample.t('fr', 'greet', { name: 'Julie' })).toBe('Bonjour Julie !');
    expect(sample.t('en', 'count', { n: 2, total: 10 })).toBe('2 of 10');
    expect(sample.t('en', 'plain')).toBe('Yes');
  });

  it('gives both languages at once for a value shown later', () => {
    expect(sample.both('greet', { name: 'Ana' })).toEqual({ fr: 'Bonjour Ana !', en: 'Hello Ana!' });
  });

  it('is refused by the compiler when its languages differ or a call misses a parameter', () => {
    // Checked by `npm run typecheck` (each line below must be a type error); never run.
    const typeChecks = () => {
      // @ts-expect-error the English lacks a key
      defineCatalog({ a: 'A', b: 'B' }, { a: 'A' });
      // @ts-expect-error the English has a key the French lacks
      defineCatalog({ a: 'A' }, { a: 'A', b: 'B' });
      // @ts-expect-error the English names another parameter
      defineCatalog({ a: 'Étape {step}' }, { a: 'Step {n}' });
      // @ts-expect-error the English drops a parameter
      defineCatalog({ a: '{n} sur {total}' }, { a: '{n}' });
      // @ts-expect-error a parameter is missing at the call
      sample.t('fr', 'count', { n: 1 });
      // @ts-expect-error no such key
      sample.t('fr', 'nope');
      // An ICU argument counts by its name: issue 11's plurals keep the same check.
      defineCatalog({ a: '{count, plural, one {# élément} other {# éléments}}' }, { a: '{count, plural, one {# item} other {# items}}' });
      // @ts-expect-error an ICU argument named differently
      defineCatalog({ a: '{count, plural, one {# élément} other {# éléments}}' }, { a: '{n, plural, one {# item} other {# items}}' });
    };
    expect(typeChecks).toBeTypeOf('function');
  });
});

describe('catalogProblems', () => {
  it('finds nothing in a catalog whose languages agree', () => {
    expect(catalogProblems(sample)).toEqual([]);
  });

  it('names a missing key, a parameter mismatch and an empty message', () => {
    const broken = { fr: { a: 'A', b: 'Étape {step}', c: '' }, en: { b: 'Step {n}', c: 'C', d: 'D' } };
    expect(catalogProblems(broken)).toEqual([
      'a: missing in en',
      'd: missing in fr',
      'b: parameters {step} in fr, {n} in en',
      'c: empty',
    ]);
  });
});
