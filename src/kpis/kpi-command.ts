import { chosenPlatforms } from '../../conversations/step-03-platforms.js';
import type { CommandContext, CommandHandler, CommandSpec } from '../core/commands/command.js';
import { inEachLocale, pick, type Bilingual, type Locale } from '../core/i18n/locale.js';
import { platformLabel } from '../../conversations/platforms.js';
import { DateTime } from 'luxon';
import type { Reply } from '../core/replies.js';
import { knownPlatforms, readPlatform } from '../calendar/platform-input.js';
import type { CommentRepository } from '../comments/comment-repository.js';
import { computedKpis } from './computed-kpis.js';
import { readMetric, readValue } from './kpi-input.js';
import { MAX_CUSTOM_METRICS, slugOf, type CustomMetric } from './custom-metric.js';
import { readRating } from './quality-input.js';
import { qualityLine } from './quality-line.js';
import { METRICS } from './kpi-measurement.js';
import type { KpiService } from './kpi-service.js';
import { change, sparkline } from './sparkline.js';
import { say, splitFirst, subcommand, usage } from '../core/commands/args.js';
import { intlLocale } from '../core/i18n/format.js';
import { KPI_TEXT, metricLabel } from './messages.js';

/** « 28 novembre 2026 », "November 28, 2026": a stored day (yyyy-MM-dd) in prose. */
function longDay(day: string, locale: Locale): string {
  const date = DateTime.fromISO(day).setLocale(intlLocale(locale));
  return date.isValid ? date.toLocaleString(DateTime.DATE_FULL) : day;
}

const USAGE: Bilingual = KPI_TEXT.both('usage');
const SUB = {
  list: ['list', 'liste', 'voir'],
  add: ['add', 'record', 'ajouter', 'noter', 'enregistrer'],
  trend: ['trend', 'tendance', 'serie', 'series'],
  quality: ['quality', 'rate', 'rating', 'qualite', 'evaluer', 'evaluation'],
  metric: ['metric', 'metrics', 'mesure', 'mesures', 'declare', 'declarer'],
};

/** The KPI command’s registry entry. */
export const KPI_COMMAND: CommandSpec = {
  id: 'kpi',
  words: { fr: ['kpi', 'indicateurs'], en: ['kpi', 'kpis'] },
  usage: USAGE,
  summary: KPI_TEXT.both('summary'),
  helpSection: 'commands',
  manifest: { title: { en: 'kpi', fr: 'kpi' }, description: { en: 'Record or review the indicators', fr: 'Saisir ou consulter les indicateurs' } },
};

/** The name a team declared for its own metric. */
const nameOf = (slug: string, custom: readonly CustomMetric[]) => custom.find((metric) => metric.slug === slug)?.name;

/** `kpi`: record measurements, see trends and the KPIs Boussole computes. */
export function kpiCommand(kpis: KpiService, comments: CommentRepository): CommandHandler {
  async function target(text: string, ctx: CommandContext): Promise<{ platform: string; metricText: string } | Reply[]> {
    const { word: _first, rest } = splitFirst(text);
    const platformText = text.trim().split(/\s+/)[0] ?? '';
    const platform = readPlatform(platformText, chosenPlatforms(await ctx.answers(3)));
    if (!platform) {
      return usage(ctx.locale, USAGE, KPI_TEXT.both('unknownPlatform', { platform: platformText, choices: knownPlatforms().join(', ') }));
    }
    return { platform, metricText: rest };
  }

  async function unknownMetric(text: string, ctx: CommandContext): Promise<Bilingual> {
    const custom = (await kpis.customMetrics(ctx.tenantId)).map((m) => m.name);
    return inEachLocale(
      (locale) =>
        `${KPI_TEXT.t(locale, 'unknownMetric', { metric: text, choices: [...METRICS.map((m) => metricLabel(m, locale)), ...custom].join(', ') })} ${KPI_TEXT.t(locale, 'declareHint', { metric: text })}`,
    );
  }

  /** `kpi metric <name>`: a team's own metric, declared once; alone, the metrics known. */
  async function metric(rest: string, ctx: CommandContext): Promise<Reply[]> {
    const name = rest.trim();
    const custom = await kpis.customMetrics(ctx.tenantId);
    if (name === '') {
      const own = custom.map((m) => m.name).join(', ') || KPI_TEXT.t(ctx.locale, 'none');
      return [{ kind: 'text', text: KPI_TEXT.t(ctx.locale, 'metricsTitle', { builtIn: METRICS.map((m) => metricLabel(m, ctx.locale)).join(', '), custom: own }) }];
    }
    const builtIn = readMetric(name, custom);
    if (builtIn) return say(ctx.locale, KPI_TEXT.both('metricKnown', { name, slug: builtIn }));
    const slug = slugOf(name);
    if (!slug || name.length > 40) return usage(ctx.locale, USAGE, KPI_TEXT.both('metricInvalid', { name: name.slice(0, 60) }));
    const result = await kpis.declareMetric(ctx.tenantId, { slug, name, by: ctx.user.id }, ctx.now);
    if (result === 'full') return say(ctx.locale, KPI_TEXT.both('metricTooMany', { max: MAX_CUSTOM_METRICS }));
    return say(ctx.locale, KPI_TEXT.both(result === 'declared' ? 'metricDeclared' : 'metricKnown', { name, slug }));
  }

  async function add(rest: string, ctx: CommandContext): Promise<Reply[]> {
    // "<platform> <metric, maybe two words> <value, maybe with thousands separators: 1 250>"
    const parts = rest.trim().match(/^(\S+\s+.+?)\s+(-?\d[\d\s\u00a0\u202f,]*)$/);
    if (!parts) return usage(ctx.locale, USAGE);
    const valueText = parts[2]!.trim();
    const found = await target(parts[1]!, ctx);
    if (Array.isArray(found)) return found;
    const custom = await kpis.customMetrics(ctx.tenantId);
    const metric = readMetric(found.metricText, custom);
    if (!metric) return usage(ctx.locale, USAGE, await unknownMetric(found.metricText, ctx));
    const value = readValue(valueText);
    if (!value.ok) return usage(ctx.locale, USAGE, value.message);
    const { replaced } = await kpis.record(ctx.tenantId, { platform: found.platform, metric, value: value.value, by: ctx.user.id }, ctx.now, ctx.timeZone);
    const series = await kpis.series(ctx.tenantId, found.platform, metric, 12);
    const recorded = KPI_TEXT.t(ctx.locale, 'recorded', { platform: pick(platformLabel(found.platform), ctx.locale), metric: metricLabel(metric, ctx.locale, nameOf(metric, custom)), value: value.value, sparkline: sparkline(series.map((s) => s.value)) });
    // The same day twice: the first value is replaced, and both are shown so a typo is visible.
    const note = replaced && replaced.value !== value.value ? `\n${KPI_TEXT.t(ctx.locale, 'replaced', { before: replaced.value, value: value.value })}` : '';
    return [{ kind: 'text', text: recorded + note }];
  }

  async function list(ctx: CommandContext): Promise<Reply[]> {
    const trends = await kpis.trends(ctx.tenantId, ctx.now);
    const week = new Date(ctx.now.getTime() - 7 * 86_400_000);
    const computed = await computedKpis(comments, ctx.tenantId, await ctx.answers(8), week, ctx.now);
    const engaged = await kpis.engagedLeaders(ctx.tenantId, await ctx.answers(8), ctx.now, ctx.timeZone);
    const lines = trends.map((t) => {
      const delta = change(t.current, t.previous, ctx.locale);
      return KPI_TEXT.t(ctx.locale, 'trendLine', {
        platform: pick(platformLabel(t.platform), ctx.locale),
        metric: metricLabel(t.metric, ctx.locale, t.name),
        sparkline: sparkline(t.values),
        current: t.current,
        change: delta ? ` (${delta})` : '',
      });
    });
    const median = computed.medianResponseMinutes === undefined ? '—' : `${Math.round(computed.medianResponseMinutes)} min`;
    const quality = qualityLine(await kpis.qualityRatings(ctx.tenantId), ctx.locale);
    const t = KPI_TEXT.t;
    const text = [
      t(ctx.locale, 'listTitle'),
      ...(lines.length ? lines : [t(ctx.locale, 'listEmpty')]),
      t(ctx.locale, 'computedTitle'),
      t(ctx.locale, 'medianResponse', { median }),
      t(ctx.locale, 'overdue', { count: computed.overdue }),
      // The method's preferred measure, with the trend of its daily readings.
      `${t(ctx.locale, 'leaders', { interacted: computed.leadersInteracted, listed: computed.leadersListed })}${engaged.values.length > 1 ? ` ${sparkline(engaged.values)}` : ''}`,
      t(ctx.locale, 'qualityLine', { quality: quality ?? t(ctx.locale, 'qualityUnrated') }),
    ];
    return [{ kind: 'text', text: text.join('\n') }];
  }

  async function trend(rest: string, ctx: CommandContext): Promise<Reply[]> {
    const found = await target(rest, ctx);
    if (Array.isArray(found)) return found;
    const custom = await kpis.customMetrics(ctx.tenantId);
    const metric = readMetric(found.metricText, custom);
    if (!metric) return usage(ctx.locale, USAGE, await unknownMetric(found.metricText, ctx));
    const series = await kpis.series(ctx.tenantId, found.platform, metric, 12);
    if (series.length === 0) return say(ctx.locale, KPI_TEXT.both('noMeasurement'));
    const values = series.map((s) => s.value);
    const rows = series.map((s) => KPI_TEXT.t(ctx.locale, 'seriesRow', { day: longDay(s.day, ctx.locale), value: s.value })).join('\n');
    return [{ kind: 'text', text: `**${pick(platformLabel(found.platform), ctx.locale)} · ${metricLabel(metric, ctx.locale, nameOf(metric, custom))}** ${sparkline(values)}\n${rows}` }];
  }

  async function quality(rest: string, ctx: CommandContext): Promise<Reply[]> {
    if (rest === '') {
      const ratings = await kpis.qualityRatings(ctx.tenantId);
      if (ratings.length === 0) return say(ctx.locale, KPI_TEXT.both('noRating'));
      const rows = ratings.map((r) => `- ${r.day}: ${r.rating}/5${r.notes ? ` — ${r.notes}` : ''}`).join('\n');
      return [{ kind: 'text', text: `**${KPI_TEXT.t(ctx.locale, 'qualityTitle')}** ${sparkline(ratings.map((r) => r.rating))}\n${rows}` }];
    }
    const read = readRating(rest);
    if (!read.ok) return usage(ctx.locale, USAGE, read.message);
    await kpis.rate(ctx.tenantId, { rating: read.rating, notes: read.notes, by: ctx.user.id }, ctx.now, ctx.timeZone);
    const line = qualityLine(await kpis.qualityRatings(ctx.tenantId), ctx.locale);
    return say(ctx.locale, KPI_TEXT.both('rated', { line: line ?? '' }));
  }

  return {
    ...KPI_COMMAND,
    async run(args, ctx) {
      const { word, rest } = splitFirst(args);
      const sub = word === '' ? 'list' : subcommand(word, SUB);
      if (sub === 'list') return list(ctx);
      if (sub === 'add') return add(rest, ctx);
      if (sub === 'trend') return trend(rest, ctx);
      if (sub === 'quality') return quality(rest, ctx);
      if (sub === 'metric') return metric(rest, ctx);
      return usage(ctx.locale, USAGE);
    },
  };
}
