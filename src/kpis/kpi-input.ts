import { z } from 'zod';
import type { Bilingual } from '../core/i18n/locale.js';
import { foldWords } from '../core/i18n/format.js';
import { MAX_KPI_VALUE, METRICS, type Metric } from './kpi-measurement.js';
import { slugOf, type CustomMetric } from './custom-metric.js';
import { KPI_TEXT } from './messages.js';

const ALIASES: Record<string, Metric> = {
  followers: 'followers', abonnes: 'followers', abonne: 'followers', fans: 'followers',
  'page views': 'page-views', pageviews: 'page-views', views: 'page-views', vues: 'page-views', 'pages vues': 'page-views',
  likes: 'likes', like: 'likes', "j aime": 'likes', jaime: 'likes', 'mentions j aime': 'likes', reactions: 'likes',
  shares: 'shares', share: 'shares', partages: 'shares', partage: 'shares', retweets: 'shares', reposts: 'shares',
  comments: 'comments', comment: 'comments', commentaires: 'comments', commentaire: 'comments',
  mentions: 'mentions',
};

/**
 * A metric as typed ("abonnés", "j’aime", "page-views", "Retweets"), or one the team declared
 * ("inscriptions"), by its slug; undefined when it is neither.
 */
export function readMetric(text: string, custom: ReadonlyArray<Pick<CustomMetric, 'slug'>> = []): Metric | undefined {
  const key = foldWords(text.replace(/[-’']/g, ' '));
  const builtIn = ALIASES[key] ?? (METRICS as readonly string[]).find((m) => m === text.toLowerCase());
  if (builtIn) return builtIn;
  const slug = slugOf(text);
  return custom.find((metric) => metric.slug === slug)?.slug;
}

const valueSchema = z
  .string()
  .transform((s) => s.replace(/[\s\u00a0\u202f]/g, '').replace(/,/g, ''))
  .pipe(z.string().regex(/^-?\d+$/))
  .transform(Number)
  .pipe(z.number().int().min(0).max(MAX_KPI_VALUE));

export type ValueResult = { ok: true; value: number } | { ok: false; message: Bilingual };

/** A count as typed ("12 345", "12,345"): whole, not negative, not absurd. */
export function readValue(text: string): ValueResult {
  const parsed = valueSchema.safeParse(text);
  if (parsed.success) return { ok: true, value: parsed.data };
  if (/^\s*-/.test(text)) return { ok: false, message: KPI_TEXT.both('negative') };
  if (/^[\d\s,]+$/.test(text) && Number(text.replace(/[\s,]/g, '')) > MAX_KPI_VALUE) {
    return { ok: false, message: KPI_TEXT.both('implausible', { value: text }) };
  }
  return { ok: false, message: KPI_TEXT.both('notWhole', { value: text }) };
}
