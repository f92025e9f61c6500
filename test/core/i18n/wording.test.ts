import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../conversations/index.js';
import { WARNINGS } from '../../../conversations/warnings.js';
import { argumentKinds, render } from '../../../src/core/i18n/catalog.js';
import { LOCALES, pick, type Bilingual, type Locale } from '../../../src/core/i18n/locale.js';
import { CATALOGS } from '../../support/catalogs.js';

/*
 * Every sentence Boussole can say, rendered in both languages with sample values, read the way an
 * editor would: French typography, real plurals, no word of the other language, no machine date.
 */

/** What typography leaves alone: code spans, URLs, Slack emoji codes, times such as 10:30. */
const untouchable = (text: string) =>
  text
    .replace(/```[\s\S]*?```|`[^`\n]*`/g, ' CODE ')
    .replace(/https?:\/\/\S+/g, ' URL ')
    .replace(/:[a-z0-9_+-]+:/g, ' EMOJI ');

/** Faults in a French text, as short descriptions (empty when it reads well). */
export function frenchFaults(text: string): string[] {
  const prose = untouchable(text);
  const faults: string[] = [];
  if (/ [?!;:](?!\d)/.test(prose) || /(?<=\S)\u00a0[?!;]/.test(prose)) faults.push('an ordinary or wrong space before ? ! ; :');
  if (/[\p{L}\d)»*](?:[?!;]|:(?=\s|$))/u.test(prose)) faults.push('no space before ? ! ; :');
  if (/\u202f:/.test(prose)) faults.push('a narrow space before a colon');
  if (/\p{L}'\p{L}/u.test(prose)) faults.push('a straight apostrophe');
  if (/« (?!\u00a0)|«(?=[^\u00a0])| »/.test(prose)) faults.push('guillemets without no-break spaces');
  faults.push(...commonFaults(prose), ...otherLanguage(prose, ENGLISH_TELLS));
  return faults;
}

export function englishFaults(text: string): string[] {
  const prose = untouchable(text);
  const faults: string[] = [];
  // Code and links kept as words here, so that "`x`?" is not read as a space before "?".
  const tight = text.replace(/```[\s\S]*?```|`[^`\n]*`/g, 'CODE').replace(/https?:\/\/\S+/g, 'URL');
  if (/\p{L}'\p{L}/u.test(tight)) faults.push('a straight apostrophe');
  if (/[^\s] +[?!;:](?!\d)/.test(tight)) faults.push('a space before ? ! ; : (French spacing in English)');
  return [...faults, ...commonFaults(prose), ...otherLanguage(prose, FRENCH_TELLS)];
}

function commonFaults(prose: string): string[] {
  const faults: string[] = [];
  if (/\p{L}\(s\)|\(e?s\)/u.test(prose)) faults.push('a "(s)" plural');
  if (/\b\d{4}-\d{2}-\d{2}\b/.test(prose)) faults.push('an ISO date in prose');
  if (/\p{L}·\p{L}/u.test(prose)) faults.push('a point médian');
  return faults;
}

/** Words that give the other language away (outside code, where command words belong). */
const ENGLISH_TELLS = ['the', 'and', 'step', 'steps', 'please', 'followers', 'page-views', 'angry', 'dissatisfied', 'satisfied', 'abusive', 'you', 'your'];
const FRENCH_TELLS = ['étape', 'étapes', 'vous', 'votre', 'tapez', 'avec', 'les', 'des', 'pour'];

function otherLanguage(prose: string, tells: string[]): string[] {
  const words = new Set(prose.toLowerCase().split(/[^\p{L}-]+/u));
  return tells.filter((word) => words.has(word)).map((word) => `the other language's word "${word}"`);
}

/** A sample value for each argument: numbers for plurals and numbers (0, 1 and 2 are all tried), a select's first case. */
function samples(template: string, count: number): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(argumentKinds(template)).map(([name, kind]) => [name, kind.type === 'number' ? count : kind.type === 'select' ? kind.cases[0]! : 'Julie']),
  );
}

const faultsOf = (locale: Locale, text: string) => (locale === 'fr' ? frenchFaults(text) : englishFaults(text));

describe('every catalog message', () => {
  for (const [name, catalog] of Object.entries(CATALOGS)) {
    it(`${name}: reads well in French and English with sample values`, () => {
      const problems: string[] = [];
      for (const locale of LOCALES) {
        for (const [key, template] of Object.entries(catalog[locale])) {
          for (const count of [0, 1, 2]) {
            const text = render(template, locale, samples(template, count));
            problems.push(...faultsOf(locale, text).map((fault) => `${locale} ${key} (${count}): ${fault} — ${text}`));
          }
        }
      }
      expect([...new Set(problems)]).toEqual([]);
    });

    it(`${name}: groups the digits of every figure as each language writes them`, () => {
      const problems: string[] = [];
      for (const locale of LOCALES) {
        for (const [key, template] of Object.entries(catalog[locale])) {
          const text = render(template, locale, samples(template, 4250));
          problems.push(...figureFaults(text).map((fault) => `${locale} ${key}: ${fault} — ${text}`));
          // French groups with a narrow no-break space, English with a comma.
          const grouped = locale === 'fr' ? '4\u202f250' : '4,250';
          const written = untouchable(text).match(/\b4[ \u00a0\u202f,]?250\b/g) ?? [];
          if (written.some((figure) => figure !== grouped)) {
            problems.push(`${locale} ${key}: 4250 not written ${grouped}`);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

/** A figure of four digits or more written without a group separator, outside code and links (a year is not a figure). */
export function figureFaults(text: string): string[] {
  const figures = untouchable(text).match(/(?<![\d.,:/\u202f])\d{4,}(?![\d:/])/g) ?? [];
  return figures.some((figure) => !/^(19|20)\d\d$/.test(figure)) ? ['a figure without group separator'] : [];
}

/** Every Bilingual text inside a value (questions, choices, hints, titles, warnings). */
function bilinguals(value: unknown, found: Bilingual[] = [], seen = new Set<unknown>()): Bilingual[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return found;
  seen.add(value);
  const record = value as Record<string, unknown>;
  if (typeof record.fr === 'string' && typeof record.en === 'string') found.push(record as unknown as Bilingual);
  else for (const inner of Object.values(record)) bilinguals(inner, found, seen);
  return found;
}

describe('the method’s own words (steps, choices, hints, warnings)', () => {
  for (const step of STEPS) {
    it(`step ${step.number}: reads well in French and English`, () => {
      const problems = bilinguals(step).flatMap((text) => LOCALES.flatMap((locale) => faultsOf(locale, pick(text, locale)).map((fault) => `${locale}: ${fault} — ${pick(text, locale)}`)));
      expect(problems).toEqual([]);
    });
  }

  it('the warnings read well in French and English', () => {
    const problems = bilinguals(WARNINGS).flatMap((text) => LOCALES.flatMap((locale) => faultsOf(locale, pick(text, locale)).map((fault) => `${locale}: ${fault} — ${pick(text, locale)}`)));
    expect(problems).toEqual([]);
  });
});

/** Every TypeScript file under these folders of the repository, as [path, text]. */
function sources(...folders: string[]): Array<[string, string]> {
  return folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name): [string, string] => [join(folder, name), readFileSync(join(folder, name), 'utf8')]),
  );
}

/**
 * Faults in French as written in the source, before any formatting: the wrong no-break space (U+00A0
 * before ? ! ;, where French wants the narrow U+202F; U+202F before :, where it wants U+00A0), typed
 * or escaped. Rendering repairs them, but a source that spells them wrong is copied wrong.
 */
export function sourceSpaceFaults(source: string): string[] {
  const faults: string[] = [];
  if (/(?:\u00a0|\\u00a0)[?!;]/i.test(source)) faults.push('a no-break space (U+00A0) before ? ! ; (French wants U+202F)');
  if (/(?:\u202f|\\u202f):/i.test(source)) faults.push('a narrow no-break space (U+202F) before : (French wants U+00A0)');
  return faults;
}

/** A French template that spaces its punctuation or guillemets by hand does it everywhere: no ordinary space left before ? ! ; : nor inside « ». */
export function mixedSpacing(template: string): string[] {
  if (!/[\u00a0\u202f][?!;:]|«\u00a0|\u00a0»/.test(template)) return [];
  const prose = untouchable(template);
  return / [?!;:](?!\d)|« | »/.test(prose) ? ['no-break spaces written by hand, but not everywhere'] : [];
}

describe('French spaces as written in the sources', () => {
  it('no file writes U+00A0 before ? ! ; or U+202F before :', () => {
    const problems = sources('src', 'conversations', 'adapters').flatMap(([path, text]) => sourceSpaceFaults(text).map((fault) => `${path}: ${fault}`));
    expect(problems).toEqual([]);
  });

  it('no French template writes some no-break spaces by hand and leaves ordinary ones elsewhere', () => {
    const problems = Object.entries(CATALOGS).flatMap(([name, catalog]) =>
      Object.entries(catalog.fr).flatMap(([key, template]) => mixedSpacing(template).map((fault) => `${name}.${key}: ${fault} — ${template}`)),
    );
    expect(problems).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('catch each fault the wording test is there for', () => {
    expect(frenchFaults('Quelle étape ?')).toContain('an ordinary or wrong space before ? ! ; :');
    expect(frenchFaults('Fuseau horaire: America/Toronto')).toContain('no space before ? ! ; :');
    expect(frenchFaults("L'étape 7")).toContain('a straight apostrophe');
    expect(frenchFaults('1 élément(s)')).toContain('a "(s)" plural');
    expect(frenchFaults('facebook · followers = 4 250')).toContain('the other language\'s word "followers"');
    expect(frenchFaults('version du 2026-11-28')).toContain('an ISO date in prose');
    expect(englishFaults('Tapez `step 2` pour commencer')).toContain('the other language\'s word "tapez"');
    expect(englishFaults("Let's continue")).toContain('a straight apostrophe');
    expect(englishFaults('Suggestion : Facebook')).toContain('a space before ? ! ; : (French spacing in English)');
    expect(englishFaults('Did you mean `etape`? It’s 10:30.')).toEqual([]);
    expect(figureFaults('facebook · abonnés = 4250')).toEqual(['a figure without group separator']);
    expect(figureFaults('abonnés = 4\u202f250 · followers = 4,250 · `kpi ajouter 1200` · (2011)')).toEqual([]);
  });

  it('catch the wrong no-break space in a source, typed or escaped', () => {
    expect(sourceSpaceFaults("fr: 'à faire\\u00a0; ensuite'")).toHaveLength(1);
    expect(sourceSpaceFaults('fr: \'vraiment\u00a0?\'')).toHaveLength(1);
    expect(sourceSpaceFaults("fr: 'Note\\u202f: x'")).toHaveLength(1);
    expect(sourceSpaceFaults("fr: 'à faire\\u202f; Note\\u00a0: x'")).toEqual([]);
    expect(mixedSpacing('Petit rappel : lisez-la (ou le bouton «\u00a0J’ai lu\u00a0»).')).toHaveLength(1);
    expect(mixedSpacing('Petit rappel : lisez-la.')).toEqual([]);
  });

  it('leave code spans, links, emoji codes and times alone', () => {
    expect(frenchFaults('Tapez `kpi add: x ?` puis https://exemple.ca/a?b=1 à 10:30 :tada:')).toEqual([]);
  });
});
