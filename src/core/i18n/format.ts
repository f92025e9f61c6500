import { literal } from '../text/literal.js';
import type { Locale } from './locale.js';

/*
 * How Boussole formats and compares text per language, in one place: the locale handed to `Intl`
 * and luxon, French punctuation spacing, and the folding under which typed words are compared.
 */

/** The locale for `Intl` and luxon: Boussole's users are in Canada (dates like « 3 décembre 2026 »). */
export const INTL_LOCALE = { fr: 'fr-CA', en: 'en-CA' } as const satisfies Record<Locale, string>;

export function intlLocale(locale: Locale): (typeof INTL_LOCALE)[Locale] {
  return INTL_LOCALE[locale];
}

/**
 * Lower case, accents removed, runs of white space as one space, trimmed: how typed words are
 * compared with words ("Étape  2" = "etape 2", "Févr." = "fevr.").
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    // Typography is not meaning: « l’équipe » typed as « l'equipe » is the same words.
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** `fold`, with every run of punctuation as one space too: how free text is searched for terms. */
export function foldWords(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}@#]+/gu, ' ')
    .trim();
}

const NNBSP = '\u202f';
const NBSP = '\u00a0';

/*
 * What French spacing must not touch, kept aside while the rest is spaced: fenced and inline code,
 * URLs (a trailing period or bracket is the sentence's, not the URL's), Slack emoji codes
 * (`:tada:`) and HTML entities (`&amp;`).
 */
const PROTECTED = /```[\s\S]*?```|`[^`\n]*`|https?:\/\/[^\s<>`]*[^\s<>`.,;:!?)\]»'’"]|:[a-z0-9_+-]+:|&#?\w+;/g;
/** Private-use characters: never in Boussole's text, so a placeholder cannot collide with it. */
const OPEN = '\ue000';
const CLOSE = '\ue001';
/** What may follow a closing mark: a space, the end, a closing bracket or quote, markdown emphasis. */
const AFTER = String.raw`(?=[\s)\]»”"'’*_~]|$)`;

/**
 * French typography on a text: a narrow no-break space (U+202F) before `?`, `!` and `;`, a
 * no-break space (U+00A0) before `:` and inside « », and curly apostrophes. A space already there
 * is replaced, never doubled, so applying it twice changes nothing. Code spans, URLs and times
 * (`13:30`: the colon is not followed by a space) are left as they are.
 */
export function frenchSpacing(text: string): string {
  const kept: string[] = [];
  const masked = text.replace(PROTECTED, (whole) => `${OPEN}${kept.push(whole) - 1}${CLOSE}`);
  const spaced = masked
    .replace(/(?<=\p{L})'(?=\p{L})/gu, '’')
    .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
    .replace(new RegExp(String.raw`([^\s?!;:])[ \u00a0\u202f]*([?!;]+)${AFTER}`, 'gu'), `$1${NNBSP}$2`)
    .replace(new RegExp(String.raw`([^\s?!;:])[ \u00a0\u202f]*:${AFTER}`, 'gu'), `$1${NBSP}:`)
    // Intl's fr-CA groups digits with U+00A0; French typography wants the narrow space (« 4 250 »).
    .replace(/(?<=\d)\u00a0(?=\d{3}(?!\d))/g, NNBSP);
  return spaced.replace(new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g'), (_whole, index: string) => kept[Number(index)]!);
}

/**
 * A figure as each language writes it: « 4 250 » and « 1,5 » (narrow no-break space) in French,
 * "4,250" and "1.5" in English. What `{n, number}` gives in a catalog message, for figures shown
 * outside one.
 */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  const text = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2, ...options }).format(value);
  return locale === 'fr' ? text.replace(/\u00a0/g, NNBSP) : text;
}

/** A text quoted as each language quotes: « texte » (no-break spaces), “text”. */
export function quoted(text: string, locale: Locale): string {
  // What is quoted is what a person wrote: shown as typed (literal.ts).
  const shown = literal(text);
  return locale === 'fr' ? `«${NBSP}${shown}${NBSP}»` : `“${shown}”`;
}

/** The parts of a wall-clock time: what `clockTime` writes. */
export interface ClockTime {
  hour: number;
  minute: number;
}

/**
 * A time of day as each language writes it in prose: « 10 h », « 13 h 30 » (no-break spaces) in
 * French, "10 a.m.", "1:30 p.m." in English, never zero-padded.
 */
export function clockTime({ hour, minute }: ClockTime, locale: Locale): string {
  const mm = String(minute).padStart(2, '0');
  if (locale === 'fr') return `${hour}${NBSP}h${minute ? `${NBSP}${mm}` : ''}`;
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute ? `:${mm}` : ''}${NBSP}${hour < 12 ? 'a.m.' : 'p.m.'}`;
}

/**
 * A calendar day in words: « lundi 9 mars 2026 », "Monday, March 9, 2026". The weekday is written
 * out: an abbreviated one (« lun. ») belongs in a calendar grid, not in a sentence.
 */
export function dayInWords(date: { year: number; month: number; day: number }, locale: Locale, weekday = true, year = true): string {
  const utc = new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
  const text = new Intl.DateTimeFormat(intlLocale(locale), { ...(weekday ? { weekday: 'long' } : {}), day: 'numeric', month: 'long', ...(year ? { year: 'numeric' } : {}), timeZone: 'UTC' }).format(utc);
  // French writes the first of the month as an ordinal: « 1er mars ».
  return locale === 'fr' && date.day === 1 ? text.replace(/(^|\s)1 /, '$11er ') : text;
}

/** A day and a time in prose: « lundi 9 mars 2026 à 14 h », "Monday, March 9, 2026 at 2 p.m.". */
export function dateTimeInWords(at: { year: number; month: number; day: number } & ClockTime, locale: Locale, weekday = true): string {
  return `${dayInWords(at, locale, weekday)} ${locale === 'fr' ? 'à' : 'at'} ${clockTime(at, locale)}`;
}
