import { fill, type Locale } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import { formatWhen } from '../calendar/format-when.js';
import { qualityLine } from '../kpis/quality-line.js';
import { change, sparkline } from '../kpis/sparkline.js';
import type { DigestData } from './digest-data.js';
import { intlLocale } from '../core/i18n/format.js';
import { message } from '../core/i18n/messages.js';

const T = {
  title: { fr: '🧭 **Résumé de la semaine** — du {from} au {to}', en: '🧭 **Weekly digest** — {from} to {to}' },
  progress: { fr: '**Progression** : {done} étapes sur {total} terminées.', en: '**Progress**: {done} of {total} steps complete.' },
  next: { fr: 'Prochaine étape : **{n}. {title}** — `étape {n}`', en: 'Next step: **{n}. {title}** — `step {n}`' },
  allDone: { fr: 'Toutes les étapes sont terminées : pensez à revoir le plan à votre rythme.', en: 'Every step is complete: remember to review the plan at your chosen pace.' },
  calendar: { fr: '**Calendrier — 7 prochains jours**', en: '**Calendar — next 7 days**' },
  calendarEmpty: { fr: 'Rien de prévu. Ajoutez une publication : `calendrier ajouter demain 14h | linkedin | sujet`', en: 'Nothing planned. Add a post: `calendar add tomorrow 2pm | linkedin | topic`' },
  feeds: { fr: '**Veille** — {n} nouvel(s) élément(s) pertinent(s)', en: '**Monitoring** — {n} new matching item(s)' },
  feedsEmpty: { fr: 'Rien de nouveau sur vos mots-clés, concurrents et influenceurs.', en: 'Nothing new about your keywords, competitors and influencers.' },
  kinds: {
    keyword: { fr: 'Mot-clé', en: 'Keyword' },
    competitor: { fr: 'Concurrent', en: 'Competitor' },
    influencer: { fr: 'Influenceur', en: 'Influencer' },
  },
  failing: { fr: '⚠️ Source en échec ({failures} fois) : {url} — {error}', en: '⚠️ Failing source ({failures} times): {url} — {error}' },
  comments: { fr: '**Commentaires**', en: '**Comments**' },
  commentsLine: {
    fr: '{received} reçus, {answered} répondus, temps de réponse médian : {median}, en retard : {overdue}.',
    en: '{received} received, {answered} answered, median response time: {median}, overdue: {overdue}.',
  },
  leaders: { fr: 'Leaders d’opinion avec qui nous avons échangé : {n} sur {of}.', en: 'Opinion leaders we have interacted with: {n} of {of}.' },
  kpis: { fr: '**Indicateurs** (8 semaines, par rapport à la semaine précédente)', en: '**KPIs** (8 weeks, against the previous week)' },
  kpisEmpty: { fr: 'Aucune mesure ces dernières semaines : `kpi ajouter linkedin abonnés 1200`', en: 'No measurements lately: `kpi add linkedin followers 1200`' },
  quality: { fr: 'Qualité des conversations : {line}', en: 'Conversation quality: {line}' },
  qualityNone: { fr: 'Qualité des conversations : pas encore notée — `kpi qualité 4 de bons échanges`', en: 'Conversation quality: not rated yet — `kpi quality 4 good talks`' },
  policy: { fr: '**Politique d’usage** : {n} personne(s) sur {of} l’ont lue ({rate}).', en: '**Staff policy**: {n} of {of} people have read it ({rate}).' },
  policyNone: { fr: '**Politique d’usage** : pas encore publiée (étape 5).', en: '**Staff policy**: not published yet (step 5).' },
  pitfalls: { fr: '**Écueils à surveiller**', en: '**Pitfalls to watch**' },
};

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
      fill(T.title[locale], { from: day(data.from, locale, zone), to: day(data.to, locale, zone) }),
      fill(T.progress[locale], { done: p.done, total: p.total }),
      p.next ? fill(T.next[locale], { n: p.next.number, title: p.next.title[locale] }) : T.allDone[locale],
    ].join('\n'),
  );

  const calendar = [T.calendar[locale]];
  if (data.upcoming.length === 0) calendar.push(T.calendarEmpty[locale]);
  for (const entry of data.upcoming) {
    calendar.push(`- ${formatWhen(entry.at, locale, zone)} — ${entry.topic}${entry.platform ? ` (${entry.platform})` : ''}${entry.owner ? ` · ${entry.owner.name ?? entry.owner.id}` : ''} · \`${entry.ref}\``);
  }
  out.push(calendar.join('\n'));

  const feeds = [fill(T.feeds[locale], { n: data.feeds.newMatched })];
  if (data.feeds.byTerm.length === 0) feeds.push(T.feedsEmpty[locale]);
  for (const kind of ['keyword', 'competitor', 'influencer'] as const) {
    for (const hits of data.feeds.byTerm.filter((h) => h.kind === kind)) {
      feeds.push(`- ${T.kinds[kind][locale]} **${hits.term}**`);
      for (const item of hits.items) feeds.push(`  - ${item.link ? `[${item.title}](${item.link})` : item.title}`);
    }
  }
  for (const feed of data.feeds.failing) feeds.push(fill(T.failing[locale], { failures: feed.failures, url: feed.url, error: feed.lastError ?? '' }));
  out.push(feeds.join('\n'));

  const c = data.comments;
  const comments = [
    T.comments[locale],
    fill(T.commentsLine[locale], { received: c.received, answered: c.answered, median: duration(c.medianResponseMinutes, locale), overdue: c.overdue }),
  ];
  if (c.leadersListed > 0) comments.push(fill(T.leaders[locale], { n: c.leadersInteracted, of: c.leadersListed }));
  out.push(comments.join('\n'));

  const kpis = [T.kpis[locale]];
  if (data.kpis.length === 0) kpis.push(T.kpisEmpty[locale]);
  for (const trend of data.kpis) {
    const delta = change(trend.current, trend.previous);
    kpis.push(`- ${trend.platform} · ${trend.metric}: ${sparkline(trend.values)} ${trend.current.toLocaleString(intlLocale(locale))}${delta ? ` (${delta})` : ''}`);
  }
  const quality = qualityLine(data.quality.ratings, locale);
  if (quality) kpis.push(fill(T.quality[locale], { line: quality }));
  else if (data.quality.planned) kpis.push(T.qualityNone[locale]);
  out.push(kpis.join('\n'));

  const pol = data.policy;
  out.push(
    pol.version
      ? fill(T.policy[locale], { n: pol.acknowledged, of: pol.staff, rate: pol.staff > 0 ? `${Math.round((pol.acknowledged / pol.staff) * 100)} %` : '—' })
      : T.policyNone[locale],
  );

  if (data.pitfalls.length > 0) out.push([T.pitfalls[locale], ...data.pitfalls.map((p) => `- ${p[locale]}`)].join('\n'));
  return out.map((text) => ({ kind: 'text', text }));
}
