import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { parseWhen } from '../../src/calendar/parse-when.js';

const zone = 'America/Toronto';
// Saturday 7 March 2026, 10:00 in Toronto (EST, UTC-5); clocks spring forward on Sunday 8 March at 02:00.
const now = DateTime.fromISO('2026-03-07T10:00', { zone }).toJSDate();
const local = (at: Date) => DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm ZZ');

describe('parseWhen: natural dates in the tenant time zone', () => {
  it('reads French relative dates in the tenant zone, across the DST change', () => {
    const result = parseWhen('demain 14h', { locale: 'fr', timeZone: zone, now });
    expect(result.ok && local(result.at)).toBe('2026-03-08 14:00 -04:00');
  });

  it('reads English and spaced French times', () => {
    const en = parseWhen('tomorrow 2:30pm', { locale: 'en', timeZone: zone, now });
    expect(en.ok && local(en.at)).toBe('2026-03-08 14:30 -04:00');
    const fr = parseWhen('15 avril 2026 à 14 h 30', { locale: 'fr', timeZone: zone, now });
    expect(fr.ok && local(fr.at)).toBe('2026-04-15 14:30 -04:00');
  });

  it('uses 09:00 when only a day is given', () => {
    const result = parseWhen('lundi', { locale: 'fr', timeZone: zone, now });
    expect(result.ok && local(result.at)).toBe('2026-03-09 09:00 -04:00');
  });

  it('rejects a day no calendar has, in both languages', () => {
    const fr = parseWhen('31 février 10h', { locale: 'fr', timeZone: zone, now });
    expect(fr).toMatchObject({ ok: false, error: 'impossible-date' });
    expect(!fr.ok && fr.message.fr).toContain('n’existe pas');
    expect(!fr.ok && fr.message.en).toContain('does not exist');
    expect(parseWhen('April 31 2026 9am', { locale: 'en', timeZone: zone, now })).toMatchObject({ ok: false, error: 'impossible-date' });
  });

  it('rejects a time skipped by the spring-forward change', () => {
    const result = parseWhen('8 mars 2026 2h30', { locale: 'fr', timeZone: zone, now });
    expect(result).toMatchObject({ ok: false, error: 'dst-gap' });
    expect(!result.ok && result.message.en).toContain('clocks spring forward');
  });

  it('rejects past moments for new entries, and nonsense', () => {
    expect(parseWhen('hier 9h', { locale: 'fr', timeZone: zone, now })).toMatchObject({ ok: false, error: 'past' });
    expect(parseWhen('quand tu veux', { locale: 'fr', timeZone: zone, now })).toMatchObject({ ok: false, error: 'unparsed' });
  });
});
