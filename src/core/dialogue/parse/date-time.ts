import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { normalize } from '../../text/normalize.js';
import { ok, refuse, type ParseResult } from './result.js';

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

const noDate = (raw: string) =>
  refuse(
    `Je n'ai pas compris la date « ${raw.trim().slice(0, 60)} ». Exemples : 2026-12-03, 3 décembre, demain, lundi prochain.`,
    `I could not read the date "${raw.trim().slice(0, 60)}". Examples: 2026-12-03, December 3, tomorrow, next Monday.`,
  );

/**
 * A day and month that do not exist ("31 février", "2027-02-30") deserve a precise answer rather
 * than "not understood": chrono silently rejects them.
 */
function impossibleDay(raw: string): ParseResult<never> | undefined {
  const text = normalize(raw);
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  const named = /(\d{1,2})(?:er)?\s+([a-z]+)(?:\s+(\d{4}))?/.exec(text) ?? null;
  const englishNamed = /([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?/.exec(text) ?? null;
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (named && MONTHS[named[2]!]) [day, month, year] = [Number(named[1]), MONTHS[named[2]!], named[3] ? Number(named[3]) : 2024];
  else if (englishNamed && MONTHS[englishNamed[1]!]) [month, day, year] = [MONTHS[englishNamed[1]!], Number(englishNamed[2]), englishNamed[3] ? Number(englishNamed[3]) : 2024];
  if (month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || !DateTime.fromObject({ year: year ?? 2024, month, day }).isValid) {
    return refuse(
      `Cette date n'existe pas (${day}/${month}${iso ? `/${year}` : ''}) : vérifiez le jour et le mois.`,
      `That date does not exist (${month}/${day}${iso ? `/${year}` : ''}): check the day and month.`,
    );
  }
  return undefined;
}

interface Parsed {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  hasDate: boolean;
}

/**
 * Parses French or English with chrono, relative to "now" in the tenant's zone. Chrono computes in
 * the process's own zone, so "now" is handed to it as a wall-clock date with the tenant's local
 * values, and the components it returns are read back as wall-clock values in the tenant's zone.
 */
function parseNatural(raw: string, timeZone: string, now: Date): Parsed | undefined {
  const local = DateTime.fromJSDate(now).setZone(timeZone);
  const reference = new Date(local.year, local.month - 1, local.day, local.hour, local.minute);
  const text = raw.trim();
  const candidates = [
    ...chrono.fr.parse(text, reference, { forwardDate: true }),
    ...chrono.en.parse(text, reference, { forwardDate: true }),
  ];
  const best = candidates.sort((a, b) => b.text.length - a.text.length)[0];
  if (!best) return undefined;
  const s = best.start;
  return {
    year: s.get('year')!,
    month: s.get('month')!,
    day: s.get('day')!,
    hour: s.isCertain('hour') ? s.get('hour')! : undefined,
    minute: s.isCertain('hour') ? (s.get('minute') ?? 0) : undefined,
    hasDate: s.isCertain('day') || s.isCertain('weekday') || s.isCertain('month'),
  };
}

export function parseDate(raw: string, timeZone: string, now: Date): ParseResult<string> {
  const impossible = impossibleDay(raw);
  if (impossible) return impossible;
  const parsed = parseNatural(raw, timeZone, now);
  if (!parsed || !parsed.hasDate) return noDate(raw);
  const date = DateTime.fromObject({ year: parsed.year, month: parsed.month, day: parsed.day }, { zone: timeZone });
  if (!date.isValid) return noDate(raw);
  return ok(date.toISODate()!);
}

export function parseTime(raw: string): ParseResult<string> {
  const text = normalize(raw).replace(/\s+/g, '');
  const m = /^(\d{1,2})(?:[h:.](\d{2})?)?(am|pm)?$/.exec(text);
  if (m) {
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    if (m[3] === 'pm' && hour < 12) hour += 12;
    if (m[3] === 'am' && hour === 12) hour = 0;
    if (hour <= 23 && minute <= 59 && (m[2] || m[3] || /h/.test(text))) {
      return ok(`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
    }
    if (hour > 23 || minute > 59) return refuse('Cette heure n’existe pas (00:00 à 23:59).', 'That time does not exist (00:00 to 23:59).');
  }
  return refuse(
    `Je n'ai pas compris l'heure « ${raw.trim().slice(0, 30)} ». Exemples : 14 h, 9h30, 14:30, 2pm.`,
    `I could not read the time "${raw.trim().slice(0, 30)}". Examples: 2pm, 9:30, 14:30.`,
  );
}

/** A moment in the tenant's zone, stored as an ISO instant (UTC). Refuses times skipped by DST. */
export function zonedInstant(date: string, time: string, timeZone: string): ParseResult<string> {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const moment = DateTime.fromObject({ year, month, day, hour, minute }, { zone: timeZone });
  if (!moment.isValid) return noDate(`${date} ${time}`);
  if (moment.hour !== hour || moment.minute !== minute) {
    return refuse(
      `${time} n'existe pas le ${date} dans le fuseau ${timeZone} (passage à l'heure d'été) : choisissez une autre heure.`,
      `${time} does not exist on ${date} in ${timeZone} (clocks spring forward): pick another time.`,
    );
  }
  return ok(moment.toUTC().toISO()!);
}

export function parseDateTime(raw: string, timeZone: string, now: Date): ParseResult<string> {
  const impossible = impossibleDay(raw);
  if (impossible) return impossible;
  const parsed = parseNatural(raw, timeZone, now);
  if (!parsed || !parsed.hasDate) return noDate(raw);
  if (parsed.hour === undefined) {
    return refuse(
      `Il manque l'heure : par exemple « ${raw.trim().slice(0, 40)} 14 h ».`,
      `The time is missing: for example "${raw.trim().slice(0, 40)} 2pm".`,
    );
  }
  const date = DateTime.fromObject({ year: parsed.year, month: parsed.month, day: parsed.day }).toISODate()!;
  const time = `${String(parsed.hour).padStart(2, '0')}:${String(parsed.minute ?? 0).padStart(2, '0')}`;
  return zonedInstant(date, time, timeZone);
}
