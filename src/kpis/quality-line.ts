import type { Locale } from '../core/i18n/locale.js';
import { dayInWords } from '../core/i18n/format.js';
import type { QualityRating } from './quality-rating.js';
import { sparkline } from './sparkline.js';

/** "▃▅▆ 4/5 (20 novembre) — notes": the ratings' trend and the latest one; undefined without any. */
export function qualityLine(ratings: QualityRating[], locale: Locale): string | undefined {
  const last = ratings.at(-1);
  if (!last) return undefined;
  // `day` is already the tenant's local date (YYYY-MM-DD); a recent rating needs no year, but its month written out.
  const [year, month, day] = last.day.split('-').map(Number) as [number, number, number];
  const when = dayInWords({ year, month, day }, locale, false, false);
  return `${sparkline(ratings.map((r) => r.rating))} ${last.rating}/5 (${when})${last.notes ? ` — ${last.notes}` : ''}`;
}
