// The two locales only: chrono-node's root module loads all sixteen (about 20 MB more per process).
import * as en from 'chrono-node/en';
import * as fr from 'chrono-node/fr';
import type { ParsedResult } from 'chrono-node/en';
import { DateTime } from 'luxon';
import type { Bilingual, Locale } from '../../i18n/locale.js';
import { clockTime, dateTimeInWords, intlLocale } from '../../i18n/format.js';
import { normalize } from '../../text/normalize.js';
import { DATE_TEXT } from './date-messages.js';
import { impossibleDate, pointsBack, spellTimes, unread } from './when-text.js';

/*
 * The one reading of dates and times, for step questions, forms and one-line commands alike, in
 * French and English. chrono finds the date; the wall-clock values it returns are rebuilt in the
 * tenant's zone (its own instant uses today's offset, wrong across a daylight-saving change);
 * what it did not read is never dropped silently but refused with what was understood.
 */

export type WhenError = 'unparsed' | 'partial' | 'impossible-date' | 'no-time' | 'dst-gap' | 'past';

/** A reading, or why not in both languages; assignable to a `ParseResult`. */
export type WhenResult<T> = { ok: true; value: T } | { ok: false; error: Bilingual; reason: WhenError };

export interface WhenOptions {
  timeZone: string;
  now: Date;
  /** The question accepts a past moment ("When does (or did) listening start?"). */
  allowPast?: boolean;
  /** The hour assumed when only a day is given; without it, a date-time needs its time. */
  defaultHour?: number;
  /** The person's language: its reading is tried first. */
  locale?: Locale;
}

const ok = <T>(value: T): WhenResult<T> => ({ ok: true, value });
const refused = (reason: WhenError, error: Bilingual): WhenResult<never> => ({ ok: false, error, reason });
const shortened = (raw: string) => raw.trim().slice(0, 60);

interface Reading {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  hasDay: boolean;
  rest: string;
}

function read(text: string, options: WhenOptions): Reading | undefined {
  const zoneNow = DateTime.fromJSDate(options.now, { zone: options.timeZone });
  const reference = { instant: options.now, timezone: zoneNow.offset };
  // A past-allowed question reads "mercredi" as the last one; words pointing back are read back
  // whatever the question (its own check then says the moment is past).
  const forwardDate = !options.allowPast && !pointsBack(text);
  const parsers = options.locale === 'en' ? [en, fr] : [fr, en];
  // The reading that covers the most of the text: chrono.en reads "10 d" out of "10 décembre".
  const best = parsers
    .flatMap((parser) => parser.parse(text, reference, { forwardDate }))
    .reduce<ParsedResult | undefined>((a, b) => (!a || b.text.length > a.text.length ? b : a), undefined);
  if (!best) return undefined;
  const start = best.start;
  const timed = start.isCertain('hour');
  return {
    year: start.get('year') ?? zoneNow.year,
    month: start.get('month') ?? zoneNow.month,
    day: start.get('day') ?? zoneNow.day,
    ...(timed ? { hour: start.get('hour') ?? 0, minute: start.get('minute') ?? 0 } : {}),
    hasDay: start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month') || /\b(ago|il y a)\b/.test(normalize(best.text)) || relativeDay(best),
    rest: unread(text, best.index, best.text.length),
  };
}

/** "demain", "today", "il y a deux semaines": chrono marks no component certain but did read a day. */
function relativeDay(result: ParsedResult): boolean {
  return /\b(demain|aujourd'hui|aujourd’hui|hier|tomorrow|today|yesterday|semaines?|weeks?|jours?|days?|mois|months?)\b/.test(normalize(result.text));
}

function isoDate(r: Pick<Reading, 'year' | 'month' | 'day'>): string {
  return `${String(r.year).padStart(4, '0')}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
}

const hhmm = (hour: number, minute: number) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;

/** "le 10 décembre 2026" / "December 10, 2026", with "à 13 h 30" / "at 1:30 p.m." (clockTime) when a time was read. */
function understood(r: Reading, timeZone: string): Bilingual {
  const day = DateTime.fromObject({ year: r.year, month: r.month, day: r.day, hour: r.hour ?? 12, minute: r.minute ?? 0 }, { zone: timeZone });
  const say = (locale: Locale) => {
    const local = day.setLocale(intlLocale(locale));
    const date = local.toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' });
    if (r.hour === undefined) return DATE_TEXT.t(locale, 'onDay', { date });
    return DATE_TEXT.t(locale, 'atTime', { date, time: clockTime({ hour: r.hour, minute: r.minute ?? 0 }, locale) });
  };
  return { fr: say('fr'), en: say('en') };
}

const fill = (make: (locale: Locale) => string): Bilingual => ({ fr: make('fr'), en: make('en') });

/** Reads the text far enough to know its day; every refusal shared by dates and date-times. */
function readDay(raw: string, options: WhenOptions): WhenResult<Reading> {
  const text = spellTimes(raw);
  const impossible = impossibleDate(text);
  if (impossible) return refused('impossible-date', DATE_TEXT.both('impossible', { what: impossible }));
  const reading = read(text, options);
  if (!reading || !reading.hasDay) return refused('unparsed', DATE_TEXT.both('noDate', { raw: shortened(raw) }));
  if (reading.rest) {
    const seen = understood(reading, options.timeZone);
    return refused('partial', fill((l) => DATE_TEXT.t(l, 'partial', { understood: seen[l], rest: reading.rest.slice(0, 60) })));
  }
  if (!DateTime.fromObject({ year: reading.year, month: reading.month, day: reading.day }).isValid) {
    return refused('impossible-date', DATE_TEXT.both('impossible', { what: shortened(raw) }));
  }
  return ok(reading);
}

function pastRefusal(reading: Reading, timeZone: string): WhenResult<never> {
  const seen = understood(reading, timeZone);
  return refused('past', fill((l) => DATE_TEXT.t(l, 'past', { understood: capitalize(seen[l]) })));
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A day, as an ISO date ("2026-12-10"). */
export function parseDate(raw: string, options: WhenOptions): WhenResult<string> {
  const day = readDay(raw, options);
  if (!day.ok) return day;
  const date = isoDate(day.value);
  const today = DateTime.fromJSDate(options.now, { zone: options.timeZone }).toISODate()!;
  if (!options.allowPast && date < today) return pastRefusal({ ...day.value, hour: undefined, minute: undefined }, options.timeZone);
  return ok(date);
}

/** A time of day alone, as "HH:MM": "14 h", "9 h 15", "13h30", "14:30", "1:30 pm", "10 a.m.". */
export function parseTime(raw: string): WhenResult<string> {
  const text = normalize(spellTimes(raw)).replace(/\s+/g, '');
  const m = /^(\d{1,2})(?:[h:.](\d{2})?)?(am|pm)?$/.exec(text);
  if (m) {
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    if (m[3] && (hour < 1 || hour > 12)) return refused('unparsed', DATE_TEXT.both('badTime'));
    if (m[3] === 'pm' && hour < 12) hour += 12;
    if (m[3] === 'am' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) return refused('unparsed', DATE_TEXT.both('badTime'));
    if (m[2] || m[3] || text.includes('h')) return ok(hhmm(hour, minute));
  }
  return refused('unparsed', DATE_TEXT.both('noTime', { raw: shortened(raw).slice(0, 30) }));
}

/** A moment in the tenant's zone, as an ISO instant (UTC). Refuses times skipped by daylight saving. */
export function zonedInstant(date: string, time: string, timeZone: string): WhenResult<string> {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const moment = DateTime.fromObject({ year, month, day, hour, minute }, { zone: timeZone });
  if (!moment.isValid) return refused('impossible-date', DATE_TEXT.both('impossible', { what: `${date} ${time}` }));
  if (moment.hour !== hour || moment.minute !== minute || moment.day !== day) {
    const local = (l: Locale) => capitalize(dateTimeInWords({ year, month, day, hour, minute }, l));
    return refused('dst-gap', fill((l) => DATE_TEXT.t(l, 'gap', { local: local(l), zone: timeZone })));
  }
  return ok(moment.toUTC().toISO()!);
}

/** A day and a time, as an ISO instant; the time is required unless `defaultHour` is given. */
export function parseDateTime(raw: string, options: WhenOptions): WhenResult<string> {
  const day = readDay(raw, options);
  if (!day.ok) return day;
  const reading = day.value;
  if (reading.hour === undefined && options.defaultHour === undefined) {
    return refused('no-time', fill((l) => DATE_TEXT.t(l, 'timeMissing', { understood: understood(reading, options.timeZone)[l], raw: shortened(raw).slice(0, 40) })));
  }
  const instant = zonedInstant(isoDate(reading), hhmm(reading.hour ?? options.defaultHour!, reading.minute ?? 0), options.timeZone);
  if (!instant.ok) return instant;
  if (!options.allowPast && new Date(instant.value).getTime() <= options.now.getTime()) {
    return pastRefusal({ ...reading, hour: reading.hour ?? options.defaultHour, minute: reading.minute ?? 0 }, options.timeZone);
  }
  return instant;
}

/** A date and a time picked separately (the chat's date and time pickers), as an ISO instant. */
export function pickedDateTime(date: string, time: string, options: WhenOptions): WhenResult<string> {
  const day = parseDate(date, { ...options, allowPast: true });
  if (!day.ok) return day;
  const clock = parseTime(time);
  if (!clock.ok) return clock;
  const instant = zonedInstant(day.value, clock.value, options.timeZone);
  if (instant.ok && !options.allowPast && new Date(instant.value).getTime() <= options.now.getTime()) {
    const [year, month, dayOfMonth] = day.value.split('-').map(Number) as [number, number, number];
    const [hour, minute] = clock.value.split(':').map(Number) as [number, number];
    return pastRefusal({ year, month, day: dayOfMonth, hour, minute, hasDay: true, rest: '' }, options.timeZone);
  }
  return instant;
}
