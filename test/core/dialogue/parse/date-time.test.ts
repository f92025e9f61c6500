import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { parseDate, parseDateTime, parseTime, pickedDateTime, type WhenOptions } from '../../../../src/core/dialogue/parse/date-time.js';

const zone = 'America/Toronto';
// Saturday 28 November 2026, 10:00 in Toronto (EST, UTC-5).
const now = DateTime.fromISO('2026-11-28T10:00', { zone }).toJSDate();
const future: WhenOptions = { timeZone: zone, now };
const past: WhenOptions = { ...future, allowPast: true };
const local = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat('yyyy-MM-dd HH:mm ZZ');

function instant(text: string, options: WhenOptions = future): string {
  const read = parseDateTime(text, options);
  if (!read.ok) throw new Error(`"${text}" refused: ${read.error.en}`);
  return local(read.value);
}

function day(text: string, options: WhenOptions = future): string {
  const read = parseDate(text, options);
  if (!read.ok) throw new Error(`"${text}" refused: ${read.error.en}`);
  return read.value;
}

describe('minutes, in every common way of writing them', () => {
  it.each([
    ['10 décembre 13 h 30', '2026-12-10 13:30 -05:00'],
    ['10 décembre 13h30', '2026-12-10 13:30 -05:00'],
    ['10 décembre 13:30', '2026-12-10 13:30 -05:00'],
    ['14 janvier 2027 9 h 15', '2027-01-14 09:15 -05:00'],
    ['le 10 décembre à 9 h', '2026-12-10 09:00 -05:00'],
    ['December 9 10 a.m.', '2026-12-09 10:00 -05:00'],
    ['December 9 1:30 pm', '2026-12-09 13:30 -05:00'],
    ['December 9 at 1:30 p.m.', '2026-12-09 13:30 -05:00'],
    ['Dec 9, 10am', '2026-12-09 10:00 -05:00'],
    ['2026-12-03 10:30', '2026-12-03 10:30 -05:00'],
  ])('"%s" is %s', (text, expected) => {
    expect(instant(text)).toBe(expected);
  });

  it('reads a time alone: "14 h", "9 h 15", "13h30", "14:30", "1:30 pm", "10 a.m."', () => {
    const times = ['14 h', '9 h 15', '13h30', '14:30', '1:30 pm', '10 a.m.', '12 pm', '12 a.m.'].map((t) => parseTime(t));
    expect(times.map((t) => t.ok && t.value)).toEqual(['14:00', '09:15', '13:30', '14:30', '13:30', '10:00', '12:00', '00:00']);
    expect(parseTime('25 h')).toMatchObject({ ok: false, reason: 'unparsed' });
    expect(parseTime('13 pm')).toMatchObject({ ok: false, reason: 'unparsed' });
    expect(parseTime('midi et quart')).toMatchObject({ ok: false, reason: 'unparsed' });
  });
});

describe('past dates, where the question allows the past', () => {
  it('reads a bare date or weekday as the last one, and relative past in both languages', () => {
    expect(day('September 1', past)).toBe('2026-09-01');
    expect(day('1er septembre', past)).toBe('2026-09-01');
    expect(day('lundi dernier', past)).toBe('2026-11-23');
    expect(day('last Monday', past)).toBe('2026-11-23');
    expect(day('il y a deux semaines', past)).toBe('2026-11-14');
    expect(day('two weeks ago', past)).toBe('2026-11-14');
    expect(day('hier', past)).toBe('2026-11-27');
  });

  it('still reads a coming day as coming', () => {
    expect(day('lundi prochain', past)).toBe('2026-11-30');
    expect(day('10 décembre', past)).toBe('2026-12-10');
  });

  it('reads a bare date as the next one where only the future makes sense', () => {
    expect(day('September 1')).toBe('2027-09-01');
    expect(day('lundi')).toBe('2026-11-30');
  });

  it('refuses a past day where only the future makes sense, saying which day it read', () => {
    const read = parseDate('lundi dernier', future);
    expect(read).toMatchObject({ ok: false, reason: 'past' });
    expect(!read.ok && read.error.fr).toBe('Le 23 novembre 2026 est déjà passé. Cette question demande un moment à venir.');
    expect(!read.ok && read.error.en).toContain('November 23, 2026 has already passed');
    expect(parseDateTime('hier 9h', future)).toMatchObject({ ok: false, reason: 'past' });
    expect(parseDateTime('last Monday 9am', future)).toMatchObject({ ok: false, reason: 'past' });
    expect(parseDateTime('aujourd’hui 9h', future)).toMatchObject({ ok: false, reason: 'past' });
    expect(instant('aujourd’hui 11h')).toBe('2026-11-28 11:00 -05:00');
  });

  it('a date-time question allowing the past keeps a past moment', () => {
    expect(instant('lundi dernier 14 h 30', past)).toBe('2026-11-23 14:30 -05:00');
  });
});

describe('an answer read only in part is refused with what was understood', () => {
  it('in French', () => {
    const read = parseDateTime('10 décembre vers midi et quart', { ...future, locale: 'fr' });
    expect(read).toMatchObject({ ok: false, reason: 'partial' });
    expect(!read.ok && read.error.fr).toMatch(/^J’ai compris le 10 décembre 2026( à 12 h 00)?, mais pas «\u00a0(vers )?(midi )?et quart\u00a0»/);
  });

  it('in English', () => {
    const read = parseDate('December 10 or maybe the 11th', { ...future, locale: 'en' });
    expect(read).toMatchObject({ ok: false, reason: 'partial' });
    expect(!read.ok && read.error.en).toMatch(/^I understood December 10, 2026, but not “.*maybe/);
  });

  it('but the small words around a date are not held against it', () => {
    expect(day('le 10 décembre')).toBe('2026-12-10');
    expect(day('on December 10')).toBe('2026-12-10');
    expect(instant('le lundi 30 novembre à 14 h')).toBe('2026-11-30 14:00 -05:00');
  });

  it('a missing time says which day was understood', () => {
    const read = parseDateTime('10 décembre', future);
    expect(read).toMatchObject({ ok: false, reason: 'no-time' });
    expect(!read.ok && read.error.fr).toContain('J’ai compris le 10 décembre 2026, mais il manque l’heure');
    expect(!read.ok && read.error.en).toContain('I understood December 10, 2026, but the time is missing');
  });

  it('nonsense is not understood at all', () => {
    expect(parseDateTime('quand tu veux', future)).toMatchObject({ ok: false, reason: 'unparsed' });
    expect(parseDate('banane', future)).toMatchObject({ ok: false, reason: 'unparsed' });
    expect(parseDate('14h', future)).toMatchObject({ ok: false, reason: 'unparsed' });
  });
});

describe('days no calendar has', () => {
  it('are refused in both languages rather than dropped', () => {
    const fr = parseDateTime('31 février 10h', future);
    expect(fr).toMatchObject({ ok: false, reason: 'impossible-date' });
    expect(!fr.ok && fr.error.fr).toContain('n’existe pas');
    expect(!fr.ok && fr.error.en).toContain('isn’t a real date');
    expect(parseDateTime('April 31 2027 9am', future)).toMatchObject({ ok: false, reason: 'impossible-date' });
    expect(parseDate('2027-02-30', future)).toMatchObject({ ok: false, reason: 'impossible-date' });
  });

  it('are echoed as the person wrote them, accents and capitals kept', () => {
    const fr = parseDateTime('le 31 Février à 10h', future);
    expect(!fr.ok && fr.error.fr).toBe('«\u00a031 Février\u00a0» n’existe pas dans le calendrier\u00a0: vérifiez le jour et le mois.');
    const decomposed = parseDate('30 fe\u0301vrier', future);
    expect(!decomposed.ok && decomposed.error.fr).toContain('«\u00a030 fe\u0301vrier\u00a0»');
    const en = parseDate('April 31st, 2027', future);
    expect(!en.ok && en.error.en).toContain('“April 31st, 2027”');
  });
});

describe('daylight saving in America/Toronto', () => {
  // Saturday 7 March 2026, 10:00 EST; clocks spring forward on Sunday 8 March at 02:00.
  const spring: WhenOptions = { timeZone: zone, now: DateTime.fromISO('2026-03-07T10:00', { zone }).toJSDate() };
  // Friday 30 October 2026; clocks fall back on Sunday 1 November at 02:00.
  const autumn: WhenOptions = { timeZone: zone, now: DateTime.fromISO('2026-10-30T12:00', { zone }).toJSDate() };

  it('reads "tomorrow" across the change in the new offset', () => {
    expect(instant('demain 14h', spring)).toBe('2026-03-08 14:00 -04:00');
    expect(instant('tomorrow 2:30pm', { ...spring, locale: 'en' })).toBe('2026-03-08 14:30 -04:00');
    expect(instant('15 avril 2026 à 14 h 30', spring)).toBe('2026-04-15 14:30 -04:00');
  });

  it('refuses a time the clocks skip, typed or picked', () => {
    const typed = parseDateTime('8 mars 2026 2 h 30', spring);
    expect(typed).toMatchObject({ ok: false, reason: 'dst-gap' });
    expect(!typed.ok && typed.error.en).toContain('clocks spring forward');
    // The skipped moment in words, not as a machine date.
    expect(!typed.ok && typed.error.fr).toMatch(/^Dimanche 8 mars 2026 à 2\u00a0h\u00a030 n’existe pas/);
    expect(!typed.ok && typed.error.en).toMatch(/^Sunday, March 8, 2026 at 2:30\u00a0a\.m\. does not exist/);
    expect(pickedDateTime('2026-03-08', '02:15', spring)).toMatchObject({ ok: false, reason: 'dst-gap' });
    expect(instant('8 mars 2026 3 h 00', spring)).toBe('2026-03-08 03:00 -04:00');
  });

  it('reads a time that happens twice, when clocks fall back, once and consistently', () => {
    const read = parseDateTime('1 novembre 1 h 30', autumn);
    expect(read.ok && read.value).toBe('2026-11-01T06:30:00.000Z');
    expect(instant('November 1 2:30 am', autumn)).toBe('2026-11-01 02:30 -05:00');
    expect(instant('31 octobre 23 h 45', autumn)).toBe('2026-10-31 23:45 -04:00');
  });

  it('uses the hour given when only a day is typed (the one-line calendar commands)', () => {
    expect(instant('lundi', { ...spring, defaultHour: 9 })).toBe('2026-03-09 09:00 -04:00');
  });
});
