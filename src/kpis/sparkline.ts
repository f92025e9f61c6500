import { formatNumber } from '../core/i18n/format.js';
import type { Locale } from '../core/i18n/locale.js';

const BARS = '▁▂▃▄▅▆▇█';

/** ▁▂▃▄▅▆▇█ across the series' own range (a flat series draws flat). */
export function sparkline(values: number[]): string {
  if (values.length === 0) return '';
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max === min) return BARS[3]!.repeat(values.length);
  return values.map((v) => BARS[Math.round(((v - min) / (max - min)) * (BARS.length - 1))]).join('');
}

/** « +12 % » in French, "+12%" in English, or "=", against the previous value; undefined without one. */
export function change(current: number, previous: number | undefined, locale: Locale): string | undefined {
  if (previous === undefined) return undefined;
  if (previous === 0) return current === 0 ? '=' : '+∞';
  const ratio = Math.round(((current - previous) / previous) * 100) / 100;
  return ratio === 0 ? '=' : formatNumber(ratio, locale, { style: 'percent', signDisplay: 'exceptZero' }).replace(/^-/, '−');
}
