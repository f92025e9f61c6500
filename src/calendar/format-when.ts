import { DateTime } from 'luxon';
import type { Locale } from '../core/i18n/locale.js';
import { dateTimeInWords, intlLocale } from '../core/i18n/format.js';

/**
 * "lundi 9 mars 2026 à 14 h" / "Monday, March 9, 2026 at 2 p.m.": an instant as people in the tenant's
 * zone read it, in words. A wall-clock time that happens twice (the hour repeated when clocks fall
 * back) carries its zone abbreviation ("1:30 a.m. EDT"), so the team sees which was understood.
 */
export function formatWhen(at: Date, locale: Locale, timeZone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  const ambiguous = local.getPossibleOffsets().length > 1;
  const text = dateTimeInWords(local, locale);
  return ambiguous ? `${text} ${local.setLocale(intlLocale(locale)).offsetNameShort ?? ''}`.trimEnd() : text;
}
