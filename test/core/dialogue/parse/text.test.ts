// How a typed list becomes its items.
import { describe, expect, it } from 'vitest';
import { parseList } from '../../../../src/core/dialogue/parse/text.js';

const list = (raw: string) => {
  const result = parseList(raw, { maxItems: 50, itemMaxLength: 200, itemKind: 'text' });
  return result.ok ? result.value : result.error.en;
};

describe('a typed list', () => {
  it('takes one item per line when there are several lines, commas included (Slack and Teams ask for one per line)', () => {
    expect(list('Budget, taxes et tarification\nServices aux citoyens,\n\n- Loisirs')).toEqual(['Budget, taxes et tarification', 'Services aux citoyens', 'Loisirs']);
  });

  it('on one line, splits on commas and semicolons, except inside quotes', () => {
    expect(list('Boussole, Laval; Québec')).toEqual(['Boussole', 'Laval', 'Québec']);
    expect(list('« Budget, taxes et tarification », Loisirs')).toEqual(['Budget, taxes et tarification', 'Loisirs']);
    expect(list('"Budget, taxes", “Parcs; loisirs”')).toEqual(['Budget, taxes', 'Parcs; loisirs']);
  });

  it('keeps a quote that does not open an item, and drops repeats', () => {
    expect(list('Le « Devoir », Laval, laval')).toEqual(['Le « Devoir »', 'Laval']);
    expect(list('*urgent*, - Laval, •Québec')).toEqual(['*urgent*', 'Laval', 'Québec']);
    expect(list(' , ;')).toBe('The list is empty: separate items with commas or new lines.');
  });
});
