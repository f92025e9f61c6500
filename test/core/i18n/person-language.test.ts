import { describe, expect, it } from 'vitest';
import { chosenLanguage, personLanguage } from '../../../src/core/i18n/person-language.js';

describe('the language Boussole speaks to a person', () => {
  it('is the one they chose, whatever their platform says now', () => {
    expect(personLanguage({ locale: 'en', localeFrom: 'chosen' }, 'fr')).toBe('en');
  });

  it('follows their platform when it was only the platform’s, and keeps the last one seen without it', () => {
    expect(personLanguage({ locale: 'en', localeFrom: 'platform' }, 'fr')).toBe('fr');
    expect(personLanguage({ locale: 'en', localeFrom: 'platform' }, undefined)).toBe('en');
    expect(chosenLanguage({ locale: 'en', localeFrom: 'platform' })).toBeUndefined();
  });

  it('counts a language stored before its source was kept as chosen, so it never switches unasked', () => {
    expect(chosenLanguage({ locale: 'en' })).toBe('en');
    expect(personLanguage({ locale: 'en' }, 'fr')).toBe('en');
  });

  it('is the platform’s for someone Boussole has not met, and unknown without one', () => {
    expect(personLanguage(null, 'fr')).toBe('fr');
    expect(personLanguage({}, undefined)).toBeUndefined();
  });
});
