import { describe, expect, it } from 'vitest';
import { dateTimeInWords, dayInWords, fold, foldWords, frenchSpacing, intlLocale, quoted } from '../../../src/core/i18n/format.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('intlLocale', () => {
  it('is the Canadian variant of each language, for Intl and luxon', () => {
    expect(intlLocale('fr')).toBe('fr-CA');
    expect(intlLocale('en')).toBe('en-CA');
    expect(new Intl.DateTimeFormat(intlLocale('fr'), { month: 'long', timeZone: 'UTC' }).format(new Date('2026-12-03T12:00:00Z'))).toBe('décembre');
  });
});

describe('fold', () => {
  it('compares words without case or accents', () => {
    expect(fold('Étape')).toBe('etape');
    expect(fold('FÉVRIER')).toBe('fevrier');
    expect(fold('Abonnés')).toBe(fold('abonnes'));
    expect(fold('ça')).toBe('ca');
  });

  it('folds a text whose accents are written as combining marks the same as a composed one', () => {
    expect(fold('e\u0301tape')).toBe(fold('\u00e9tape'));
  });

  it('makes runs of white space, no-break spaces included, one space, and trims', () => {
    expect(fold('  Étape \t 2\n')).toBe('etape 2');
    expect(fold(`14${NBSP}h${NNBSP}30`)).toBe('14 h 30');
  });

  it('keeps punctuation and digits', () => {
    expect(fold('Févr. 2026-02-30 ?')).toBe('fevr. 2026-02-30 ?');
    expect(fold('')).toBe('');
  });
});

describe('foldWords', () => {
  it('also makes runs of punctuation one space, keeping @ and # of mentions and hashtags', () => {
    expect(foldWords('Musée de la Côte — #Patrimoine, @Musée!')).toBe('musee de la cote #patrimoine @musee');
    expect(foldWords('page-views')).toBe('page views');
    expect(foldWords(' … ')).toBe('');
  });
});

describe('frenchSpacing', () => {
  it('puts a narrow no-break space before ? ! and ;, replacing a plain space', () => {
    expect(frenchSpacing('Quelle étape?')).toBe(`Quelle étape${NNBSP}?`);
    expect(frenchSpacing('Merci !')).toBe(`Merci${NNBSP}!`);
    expect(frenchSpacing('Réessayez ; si cela persiste')).toBe(`Réessayez${NNBSP}; si cela persiste`);
  });

  it('spaces a run of marks once, before its first mark', () => {
    expect(frenchSpacing('Vraiment ?!')).toBe(`Vraiment${NNBSP}?!`);
  });

  it('puts a no-break space before a colon that ends a clause', () => {
    expect(frenchSpacing('Fuseau horaire: America/Toronto')).toBe(`Fuseau horaire${NBSP}: America/Toronto`);
    expect(frenchSpacing('Il reste : ceci')).toBe(`Il reste${NBSP}: ceci`);
    expect(frenchSpacing('**Responsable:** Julie')).toBe(`**Responsable${NBSP}:** Julie`);
    expect(frenchSpacing('Documents :')).toBe(`Documents${NBSP}:`);
  });

  it('puts no-break spaces inside guillemets', () => {
    expect(frenchSpacing('le document «politique»')).toBe(`le document «${NBSP}politique${NBSP}»`);
    expect(frenchSpacing('« étape 2 »')).toBe(`«${NBSP}étape 2${NBSP}»`);
  });

  it('curls apostrophes between letters', () => {
    expect(frenchSpacing("L'étape n'est pas terminée")).toBe('L’étape n’est pas terminée');
    expect(frenchSpacing("J'ai lu la politique")).toBe('J’ai lu la politique');
  });

  it('leaves times, numbers and ratios alone', () => {
    expect(frenchSpacing('Rendez-vous à 13:30 demain')).toBe('Rendez-vous à 13:30 demain');
    expect(frenchSpacing('2026-11-27 10:00')).toBe('2026-11-27 10:00');
  });

  it('leaves code spans and fenced code alone, spacing the sentence around them', () => {
    expect(frenchSpacing("Tapez `aide;étape 2?` pour l'aide")).toBe('Tapez `aide;étape 2?` pour l’aide');
    expect(frenchSpacing('Exemple: `étape 2`!')).toBe(`Exemple${NBSP}: \`étape 2\`${NNBSP}!`);
    expect(frenchSpacing("```\nconst a = 'b';\nx: y\n```")).toBe("```\nconst a = 'b';\nx: y\n```");
  });

  it('leaves URLs alone, but spaces the punctuation that ends the sentence after one', () => {
    expect(frenchSpacing('Voir https://example.org/a?b=1;c=2!')).toBe(`Voir https://example.org/a?b=1;c=2${NNBSP}!`);
    expect(frenchSpacing('Lien : [le site](https://example.org/l\'été?x=1)')).toBe(`Lien${NBSP}: [le site](https://example.org/l'été?x=1)`);
  });

  it('leaves Slack emoji codes and HTML entities alone', () => {
    expect(frenchSpacing('Bravo :tada: !')).toBe(`Bravo :tada:${NNBSP}!`);
    expect(frenchSpacing('A &amp; B')).toBe('A &amp; B');
  });

  it('does not touch a mark inside a word or at the start of a line', () => {
    expect(frenchSpacing('![image](https://example.org/i.png)')).toBe('![image](https://example.org/i.png)');
    expect(frenchSpacing('? seul')).toBe('? seul');
    expect(frenchSpacing('a;b')).toBe('a;b');
  });

  it('changes nothing when applied a second time', () => {
    const once = frenchSpacing("Il n'y a pas d'étape « 12 » : les étapes vont de 1 à 10. Exemple : `étape 2` ! Vraiment ?");
    expect(frenchSpacing(once)).toBe(once);
    expect(once).toBe(`Il n’y a pas d’étape «${NBSP}12${NBSP}»${NBSP}: les étapes vont de 1 à 10. Exemple${NBSP}: \`étape 2\`${NNBSP}! Vraiment${NNBSP}?`);
  });
});

describe('dayInWords and dateTimeInWords', () => {
  it('write the first of the month as French does (« 1er »)', () => {
    expect(dayInWords({ year: 2026, month: 3, day: 1 }, 'fr')).toBe('dimanche 1er mars 2026');
    expect(dayInWords({ year: 2026, month: 3, day: 1 }, 'fr', false)).toBe('1er mars 2026');
    expect(dayInWords({ year: 2026, month: 3, day: 11 }, 'fr', false)).toBe('11 mars 2026');
    expect(dayInWords({ year: 2026, month: 3, day: 1 }, 'en')).toBe('Sunday, March 1, 2026');
  });

  it('write a time without zero padding, in each language’s way', () => {
    const at = { year: 2027, month: 1, day: 15, hour: 10, minute: 0 };
    expect(dateTimeInWords(at, 'fr')).toBe('vendredi 15 janvier 2027 à 10\u00a0h');
    expect(dateTimeInWords(at, 'en')).toBe('Friday, January 15, 2027 at 10\u00a0a.m.');
    expect(dateTimeInWords({ ...at, hour: 13, minute: 30 }, 'en')).toBe('Friday, January 15, 2027 at 1:30\u00a0p.m.');
  });
});

describe('quoted', () => {
  it('quotes as each language does', () => {
    expect(quoted('Objectif', 'fr')).toBe('«\u00a0Objectif\u00a0»');
    expect(quoted('Objective', 'en')).toBe('“Objective”');
  });
});
