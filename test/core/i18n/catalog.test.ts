import { describe, expect, it } from 'vitest';
import { catalogProblems, defineCatalog } from '../../../src/core/i18n/catalog.js';

const sample = defineCatalog(
  { greet: 'Bonjour {name} !', count: '{n, number} sur {total, number}', plain: 'Oui' },
  { greet: 'Hello {name}!', count: '{n, number} of {total, number}', plain: 'Yes' },
);

describe('a catalog', () => {
  it('gives the message in the asked language with its parameters filled in', () => {
    expect(sample.t('fr', 'greet', { name: 'Julie' })).toBe('Bonjour Julie\u202f!');
    expect(sample.t('en', 'count', { n: 2, total: 10 })).toBe('2 of 10');
    expect(sample.t('en', 'plain')).toBe('Yes');
  });

  it('gives both languages at once for a value shown later', () => {
    expect(sample.both('greet', { name: 'Ana' })).toEqual({ fr: 'Bonjour Ana\u202f!', en: 'Hello Ana!' });
  });

  it('formats ICU plurals, selects and numbers in each language', () => {
    const icu = defineCatalog(
      {
        items: '{count, plural, one {# élément} other {# éléments}}',
        done: '{done, plural, one {# étape terminée} other {# étapes terminées}} sur {total, number}',
        kind: '{kind, select, angry {en colère} other {autre chose}}',
        value: 'Valeur : {n, number}',
      },
      {
        items: '{count, plural, one {# item} other {# items}}',
        done: '{done, number} of {total, plural, one {# step} other {# steps}} complete',
        kind: '{kind, select, angry {angry} other {something else}}',
        value: 'Value: {n, number}',
      },
    );
    expect([0, 1, 2].map((count) => icu.t('fr', 'items', { count }))).toEqual(['0 élément', '1 élément', '2 éléments']);
    expect([1, 2].map((count) => icu.t('en', 'items', { count }))).toEqual(['1 item', '2 items']);
    expect(icu.t('fr', 'done', { done: 1, total: 10 })).toBe('1 étape terminée sur 10');
    expect(icu.t('en', 'done', { done: 1, total: 10 })).toBe('1 of 10 steps complete');
    expect(icu.t('fr', 'kind', { kind: 'angry' })).toBe('en colère');
    expect(icu.t('en', 'kind', { kind: 'spam' })).toBe('something else');
    expect(icu.t('fr', 'value', { n: 4250.5 })).toBe('Valeur\u00a0: 4\u202f250,5');
    expect(icu.t('en', 'value', { n: 4250.5 })).toBe('Value: 4,250.5');
  });

  it('keeps angle brackets, code spans and links as text, and spaces French around them', () => {
    const text = defineCatalog(
      { usage: 'Usage : `kpi ajouter <plateforme>` ; voir https://exemple.ca/a?b=1 ! L\'équipe' },
      { usage: 'Usage: `kpi add <platform>`; see https://example.ca/a?b=1! The team' },
    );
    expect(text.t('fr', 'usage')).toBe('Usage\u00a0: `kpi ajouter <plateforme>`\u202f; voir https://exemple.ca/a?b=1\u202f! L’équipe');
    expect(text.t('en', 'usage')).toBe('Usage: `kpi add <platform>`; see https://example.ca/a?b=1! The team');
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
      // An argument nested in a plural's option is a parameter too.
      const nested = defineCatalog({ a: '{n, plural, one {# personne sur {of, number}} other {# personnes sur {of, number}}}' }, { a: '{n, number} of {of, number}' });
      // @ts-expect-error the nested parameter is missing at the call
      nested.t('fr', 'a', { n: 1 });
      // A figure goes through ICU's number format, so French groups it (« 4 250 »): only a
      // `{n, number}` or plural argument takes a number, and the English must format it too.
      nested.t('fr', 'a', { n: 4250, of: 5000 });
      // @ts-expect-error a number given to a text argument would reach the reader ungrouped
      sample.t('fr', 'greet', { name: 4250 });
      // @ts-expect-error the English prints as text a figure the French formats
      defineCatalog({ a: '{n, number} sur 10' }, { a: '{n} of 10' });
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

  it('reads the argument names of ICU messages, not the words of their nested texts', () => {
    const plural = { fr: { a: '{n, plural, =1 {un seul} other {# au total}}' }, en: { a: '{n, plural, =1 {just one} other {# in all}}' } };
    expect(catalogProblems(plural)).toEqual([]);
    expect(catalogProblems({ fr: { a: '{n, plural, one {#} other {#}' }, en: { a: '{n}' } })[0]).toMatch(/^a: not a valid ICU message/);
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
