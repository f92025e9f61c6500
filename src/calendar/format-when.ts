import { DateTime } from 'luxon';
import type { Locale } from '../core/i18n/locale.js';
import { intlLocale } from '../core/i18n/format.js';

/**
 * "lun. 9 mars 14 h 00" / "Mon, Mar 9, 2:00 PM": an instant as people in the tenant's zone read it.
 * A wall-clock time that happens twice (the hour repeated when clocks fall back) carries its zone
 * abbreviation ("1:30 AM EDT"), so the team sees which of the two was understood.
 */
export function formatWhen(at: Date, locale: Locale, timeZone: string): string {
  const local = DateTime.fromJSDate(at, { zone: timeZone });
  const ambiguous = local.getPossibleOffsets().length > 1;
  return local
    .setLocale(intlLocale(locale))
    .toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', ...(ambiguous ? { timeZoneName: 'short' } : {}) });
}
