import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { inEachLocale, type Bilingual, type Locale } from '../core/i18n/locale.js';
import { dateTimeInWords, fold } from '../core/i18n/format.js';
import { CALENDAR_TEXT } from './messages.js';

export type WhenError = 'unparsed' | 'impossible-date' | 'dst-gap' | 'past';

export type WhenResult = { ok: true; at: Date } | { ok: false; error: WhenError; message: Bilingual };

export interface WhenOptions {
  locale: Locale;
  timeZone: string;
  now: Date;
  /** New entries must lie in the future; a correction of a past entry's wording need not. */
  allowPast?: boolean;
  /** The hour used when only a day is given. */
  defaultHour?: number;
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janv: 1, fevr: 2, fev: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, dec: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9,
};

/** "14 h 30" -> "14h30": chrono reads the French spacing only partly. */
function normalize(text: string): string {
  return text.replace(/(\d{1,2})\s*h\s*(\d{2})\b/gi, '$1h$2').replace(/(\d{1,2})\s+h\b/gi, '$1h').trim();
}

function daysIn(month: number, year: number | undefined): number {
  // Without a year, 29 February may exist (a coming leap year): only say no to what never exists.
  return DateTime.fromObject({ year: year ?? 2024, month }).daysInMonth ?? 31;
}

/**
 * A day that no calendar has ("31 février", "April 31", "2026-02-30"). chrono silently drops such
 * dates, which would make "31 février 10h" read as "10h today": they are caught first to say why.
 */
function impossibleDate(text: string): string | undefined {
  const folded = fold(text);
  const monthNames = Object.keys(MONTHS).join('|');
  const checks: Array<[RegExp, (m: RegExpMatchArray) => [number, number, number | undefined]]> = [
    [new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${monthNames})\\.?(?:\\s+(\\d{4}))?\\b`), (m) => [Number(m[1]), MONTHS[m[2]!]!, m[3] ? Number(m[3]) : undefined]],
    [new RegExp(`\\b(${monthNames})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`), (m) => [Number(m[2]), MONTHS[m[1]!]!, m[3] ? Number(m[3]) : undefined]],
    [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  ];
  for (const [pattern, read] of checks) {
    const match = folded.match(pattern);
    if (!match) continue;
    const [day, month, year] = read(match);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return match[0];
  }
  return undefined;
}

/** Reads a natural French or English date-time in the tenant's time zone. */
export function parseWhen(input: string, options: WhenOptions): WhenResult {
  const text = normalize(input);
  const impossible = impossibleDate(text);
  if (impossible) return { ok: false, error: 'impossible-date', message: CALENDAR_TEXT.both('whenImpossible', { what: impossible }) };

  const zoneNow = DateTime.fromJSDate(options.now, { zone: options.timeZone });
  const reference = { instant: options.now, timezone: zoneNow.offset };
  const parsers = options.locale === 'fr' ? [chrono.fr, chrono.en] : [chrono.en, chrono.fr];
  const result = parsers.map((parser) => parser.parse(text, reference, { forwardDate: true })[0]).find(Boolean);
  if (!result) return { ok: false, error: 'unparsed', message: CALENDAR_TEXT.both('whenUnparsed') };

  const start = result.start;
  const wanted = {
    year: start.get('year') ?? zoneNow.year,
    month: start.get('month') ?? zoneNow.month,
    day: start.get('day') ?? zoneNow.day,
    hour: start.isCertain('hour') ? (start.get('hour') ?? 0) : (options.defaultHour ?? 9),
    minute: start.isCertain('hour') ? (start.get('minute') ?? 0) : 0,
  };
  // Rebuilt from the wall-clock fields in the tenant's zone: chrono's own instant uses today's
  // offset, which is wrong for a day on the other side of a daylight-saving change.
  const local = DateTime.fromObject(wanted, { zone: options.timeZone });
  const shown = `${String(wanted.year).padStart(4, '0')}-${String(wanted.month).padStart(2, '0')}-${String(wanted.day).padStart(2, '0')} ${String(wanted.hour).padStart(2, '0')}:${String(wanted.minute).padStart(2, '0')}`;
  if (!local.isValid) return { ok: false, error: 'impossible-date', message: CALENDAR_TEXT.both('whenImpossible', { what: shown }) };
  const inWords = (locale: Locale) => dateTimeInWords(wanted, locale, false);
  if (local.hour !== wanted.hour || local.minute !== wanted.minute || local.day !== wanted.day) {
    return { ok: false, error: 'dst-gap', message: inEachLocale((locale) => CALENDAR_TEXT.t(locale, 'whenGap', { local: inWords(locale), zone: options.timeZone })) };
  }
  if (!options.allowPast && local.toMillis() <= options.now.getTime()) {
    return { ok: false, error: 'past', message: inEachLocale((locale) => CALENDAR_TEXT.t(locale, 'whenPast', { local: inWords(locale) })) };
  }
  return { ok: true, at: local.toJSDate() };
}
