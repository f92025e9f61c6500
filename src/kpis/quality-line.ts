import type { Locale } from '../core/i18n/locale.js';
import type { QualityRating } from './quality-rating.js';
import { sparkline } from './sparkline.js';
import { intlLocale } from '../core/i18n/format.js';

/** "▃▅▆ 4/5 (20 nov.) — notes": the ratings' trend and the latest one; undefined without any. */
export function qualityLine(ratings: QualityRating[], locale: Locale): string | undefined {
  const last = ratings.at(-1);
  if (!last) return undefined;
  // `day` is already the tenant's local date: formatted at noon UTC it stays that date.
  const day = new Date(`${last.day}T12:00:00Z`).toLocaleDateString(intlLocale(locale), { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return `${sparkline(ratings.map((r) => r.rating))} ${last.rating}/5 (${day})${last.notes ? ` — ${last.notes}` : ''}`;
}
