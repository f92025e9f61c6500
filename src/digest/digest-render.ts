import { pick, type Locale } from '../core/i18n/locale.js';
import { platformLabel } from '../../conversations/platforms.js';
import { KPI_TEXT, metricLabel } from '../kpis/messages.js';
import { DIGEST_TEXT } from './messages.js';
import type { Reply } from '../core/replies.js';
import { formatWhen } from '../calendar/format-when.js';
import { qualityLine } from '../kpis/quality-line.js';
import { change, sparkline } from '../kpis/sparkline.js';
import type { DigestData } from './digest-data.js';
import { formatNumber, intlLocale } from '../core/i18n/format.js';
import { message } from '../core/i18n/messages.js';
import { personName } from '../core/people/person-name.js';

function duration(minutes: number | undefined, locale: Locale): string {
  if (minutes === undefined) return '—';
  if (minutes < 120) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  const tenths = Number(hours.toFixed(1)).toLocaleString(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
  return hours < 48 ? `${tenths} h` : message(locale, 'unit.days', { n: Math.round(hours / 24) });
}

const day = (date: Date, locale: Locale, zone: string) =>
  new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', timeZone: zone }).format(date);

/** The digest as chat messages (one text per section, so adapters can split long posts). */
export function renderDigest(data: DigestData, locale: Locale): Reply[] {
  const zone = data.tenant.timeZone;
  const out: string[] = [];
  const p = data.progress;
  out.push(
    [
      DIGEST_TEXT.t(locale, 'title', { from: day(data.from, locale, zone), to: day(data.to, locale, zone) }),
      DIGEST_TEXT.t(locale, 'progress', { done: p.done, total: p.total }),
      p.next ? DIGEST_TEXT.t(locale, 'next', { n: p.next.number, title: p.next.title[locale] }) : DIGEST_TEXT.t(locale, 'allDone'),
    ].join('\n'),
  );

  const calendar = [DIGEST_TEXT.t(locale, 'calendar')];
  if (data.upcoming.length === 0) calendar.push(DIGEST_TEXT.t(locale, 'calendarEmpty'));
  for (const entry of data.upcoming) {
    calendar.push(`- ${formatWhen(entry.at, locale, zone)} — ${entry.topic}${entry.platform ? ` (${pick(platformLabel(entry.platform), locale)})` : ''}${entry.owner ? ` · ${personName(entry.owner, locale)}` : ''} · \`${entry.ref}\``);
  }
  out.push(calendar.join('\n'));

  const feeds = [DIGEST_TEXT.t(locale, 'feeds', { n: data.feeds.newMatched })];
  if (data.feeds.byTerm.length === 0) feeds.push(DIGEST_TEXT.t(locale, 'feedsEmpty'));
  for (const kind of ['keyword', 'competitor', 'influencer'] as const) {
    for (const hits of data.feeds.byTerm.filter((h) => h.kind === kind)) {
      feeds.push(`- ${DIGEST_TEXT.t(locale, `kind.${kind}` as const)} **${hits.term}**`);
      for (const item of hits.items) feeds.push(`  - ${item.link ? `[${item.title}](${item.link})` : item.title}`);
    }
  }
  for (const feed of data.feeds.failing) feeds.push(DIGEST_TEXT.t(locale, 'failing', { failures: feed.failures, url: feed.url, error: feed.lastError ?? '' }));
  out.push(feeds.join('\n'));

  const c = data.comments;
  const comments = [
    DIGEST_TEXT.t(locale, 'comments'),
    DIGEST_TEXT.t(locale, 'commentsLine', { received: c.received, answered: c.answered, median: duration(c.medianResponseMinutes, locale), overdue: c.overdue }),
  ];
  if (c.leadersListed > 0) {
    // The method's preferred measure, with its trend over the readings (one per digest at least).
    const trend = data.engaged.values.length > 1 ? ` ${sparkline(data.engaged.values)}${data.engaged.previous !== undefined ? ` (${change(data.engaged.engaged, data.engaged.previous, locale)})` : ''}` : '';
    comments.push(DIGEST_TEXT.t(locale, 'leaders', { n: c.leadersInteracted, of: c.leadersListed }) + trend);
  }
  out.push(comments.join('\n'));

  const kpis = [DIGEST_TEXT.t(locale, 'kpis')];
  if (data.kpis.length === 0) kpis.push(DIGEST_TEXT.t(locale, 'kpisEmpty'));
  for (const trend of data.kpis) {
    const delta = change(trend.current, trend.previous, locale);
    kpis.push(
      KPI_TEXT.t(locale, 'trendLine', {
        platform: pick(platformLabel(trend.platform), locale),
        metric: metricLabel(trend.metric, locale, trend.name),
        sparkline: sparkline(trend.values),
        current: trend.current,
        change: delta ? ` (${delta})` : '',
      }),
    );
  }
  const quality = qualityLine(data.quality.ratings, locale);
  if (quality) kpis.push(DIGEST_TEXT.t(locale, 'quality', { line: quality }));
  else if (data.quality.planned) kpis.push(DIGEST_TEXT.t(locale, 'qualityNone'));
  out.push(kpis.join('\n'));

  const pol = data.policy;
  out.push(
    pol.version
      ? DIGEST_TEXT.t(locale, 'policy', { n: pol.acknowledged, of: pol.staff, rate: pol.staff > 0 ? formatNumber(Math.round((pol.acknowledged / pol.staff) * 100) / 100, locale, { style: 'percent' }) : '—' })
      : DIGEST_TEXT.t(locale, 'policyNone'),
  );

  if (data.pitfalls.length > 0) out.push([DIGEST_TEXT.t(locale, 'pitfalls'), ...data.pitfalls.map((p) => `- ${p[locale]}`)].join('\n'));
  return out.map((text) => ({ kind: 'text', text }));
}
