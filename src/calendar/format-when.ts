import { DateTime } from 'luxon';
import type { Locale } from '../core/i18n/locale.js';

/** "lun. 9 mars 14 h 00" / "Mon, Mar 9, 2:00 PM": an instant as people in the tenant's zone read it. */
export function formatWhen(at: Date, locale: Locale, timeZone: string): string {
  return DateTime.fromJSDate(at, { zone: timeZone })
    .setLocale(locale === 'fr' ? 'fr-CA' : 'en-CA')
    .toLocaleString({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
