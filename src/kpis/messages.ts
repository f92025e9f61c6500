import { defineCatalog } from '../core/i18n/catalog.js';
import { pick, type Locale } from '../core/i18n/locale.js';
import { platformLabel } from '../../conversations/platforms.js';
import type { METRICS } from './kpi-measurement.js';

/** What the `kpi` command says. */
export const KPI_TEXT = defineCatalog(
  {
    usage: 'kpi [liste | ajouter <plateforme> <mesure> <valeur> | tendance <plateforme> <mesure> | qualité <1-5> [notes] | mesure [<nom>]]',
    summary: 'les indicateurs : noter une mesure, voir les tendances, évaluer la qualité des conversations',
    unknownPlatform: 'Plateforme inconnue : « {platform} ». Choix : {choices}.',
    unknownMetric: 'Mesure inconnue : « {metric} ». Choix : {choices}.',
    recorded: '📈 Noté : {platform} · {metric} = {value, number}  {sparkline}',
    listTitle: '**Indicateurs** (8 semaines)',
    listEmpty: 'Aucune mesure pour l’instant. Par exemple : `kpi ajouter linkedin abonnés 1200`',
    computedTitle: '**Calculés par Boussole** (7 jours)',
    medianResponse: '- Temps de réponse médian : {median}',
    overdue: '- Commentaires en retard : {count, number}',
    leaders: '- Leaders d’opinion avec qui nous avons échangé : {interacted, number} sur {listed, number}',
    qualityLine: '**Qualité des conversations** : {quality}',
    qualityUnrated: 'pas encore notée — `kpi qualité 4 de bons échanges avec la presse`',
    noMeasurement: 'Aucune mesure pour cette série.',
    noRating: 'Aucune note de qualité pour l’instant : `kpi qualité 4 de bons échanges`.',
    qualityTitle: 'Qualité des conversations',
    rated: '⭐ Noté : qualité des conversations {line}',
    negative: 'Une mesure ne peut pas être négative.',
    implausible: '« {value} » est invraisemblable (plus d’un milliard) : vérifiez le nombre.',
    notWhole: '« {value} » n’est pas un nombre entier.',
    ratingRange: 'La note est un nombre entier de 1 (conversations pauvres) à 5 (excellentes).',
    ratingNotOne: 'La note est un nombre entier de 1 (conversations pauvres) à 5 (excellentes) ; « {value} » n’en est pas un.',
    notesTooLong: 'Les notes sont trop longues ({length, number} caractères, {max, number} au plus) : résumez-les.',
    checkIn: '📊 C’est le moment du point {cadence} sur les indicateurs. À relever :\n{list}\nNotez chaque valeur avec `kpi ajouter <plateforme> <mesure> <valeur>`, par exemple `kpi ajouter linkedin abonnés 1250`.',
    'checkIn.weekly': 'hebdomadaire',
    'checkIn.monthly': 'mensuel',
    qualityCheckIn: '⭐ C’est le moment d’évaluer la qualité des conversations {period}, de 1 (pauvres) à 5 (excellentes), avec vos remarques : `kpi qualité 4 de bons échanges avec la presse locale`. Compter les abonnés en dit moins que la qualité des échanges et les personnes influentes avec qui nous parlons vraiment.',
    'qualityPeriod.weekly': 'de la semaine',
    'qualityPeriod.monthly': 'du mois',
    'qualityPeriod.quarterly': 'du trimestre',
    declareHint: 'Une mesure à vous\u202f? Déclarez-la une fois\u00a0: `kpi mesure {metric}`.',
    replaced: '↺ Remplace la valeur notée plus tôt aujourd’hui\u00a0: {before, number} → {value, number}.',
    metricDeclared: '🆕 Nouvelle mesure «\u00a0{name}\u00a0» (`{slug}`). Notez-la comme les autres\u00a0: `kpi ajouter <plateforme> {slug} <valeur>`.',
    metricKnown: '«\u00a0{name}\u00a0» est déjà une mesure connue (`{slug}`)\u00a0: notez-la avec `kpi ajouter <plateforme> {slug} <valeur>`.',
    metricInvalid: '«\u00a0{name}\u00a0» ne peut pas nommer une mesure\u00a0: des lettres ou des chiffres, 40\u00a0caractères au plus.',
    metricTooMany: 'Vous suivez déjà {max, number}\u00a0mesures à vous\u00a0: c’est le maximum.',
    metricsTitle: '**Mesures** — prévues\u00a0: {builtIn}. Les vôtres\u00a0: {custom}. Ajoutez-en une avec `kpi mesure <nom>`.',
    none: 'aucune',
    'metric.followers': 'abonnés',
    'metric.page-views': 'pages vues',
    'metric.likes': 'mentions J’aime',
    'metric.shares': 'partages',
    'metric.comments': 'commentaires',
    'metric.mentions': 'mentions',
    trendLine: '- {platform} · {metric} : {sparkline} {current, number}{change}',
    seriesRow: '- {day} : {value, number}',
  },
  {
    usage: 'kpi [list | add <platform> <metric> <value> | trend <platform> <metric> | quality <1-5> [notes] | metric [<name>]]',
    summary: 'the KPIs: record a measurement, see the trends, rate the quality of conversations',
    unknownPlatform: 'Unknown platform: “{platform}”. Choices: {choices}.',
    unknownMetric: 'Unknown metric: “{metric}”. Choices: {choices}.',
    recorded: '📈 Recorded: {platform} · {metric} = {value, number}  {sparkline}',
    listTitle: '**KPIs** (8 weeks)',
    listEmpty: 'No measurements yet. For example: `kpi add linkedin followers 1200`',
    computedTitle: '**Computed by Boussole** (7 days)',
    medianResponse: '- Median response time: {median}',
    overdue: '- Overdue comments: {count, number}',
    leaders: '- Opinion leaders you’ve engaged with: {interacted, number} of {listed, number}',
    qualityLine: '**Conversation quality**: {quality}',
    qualityUnrated: 'not rated yet — `kpi quality 4 good talks with the press`',
    noMeasurement: 'No measurements for this series yet.',
    noRating: 'No quality rating yet: `kpi quality 4 good talks`.',
    qualityTitle: 'Conversation quality',
    rated: '⭐ Recorded: conversation quality {line}',
    negative: 'A measurement can’t be negative.',
    implausible: '“{value}” looks wrong (over a billion): check the number.',
    notWhole: '“{value}” isn’t a whole number.',
    ratingRange: 'The rating is a whole number from 1 (poor conversations) to 5 (excellent).',
    ratingNotOne: 'The rating is a whole number from 1 (poor conversations) to 5 (excellent); “{value}” isn’t one.',
    notesTooLong: 'The notes are too long ({length, number} characters, {max, number} max): please shorten them.',
    checkIn: '📊 Time for the {cadence} KPI check-in. To collect:\n{list}\nRecord each value with `kpi add <platform> <metric> <value>`, for example `kpi add linkedin followers 1250`.',
    'checkIn.weekly': 'weekly',
    'checkIn.monthly': 'monthly',
    qualityCheckIn: '⭐ Time to rate the quality of {period} conversations, from 1 (poor) to 5 (excellent), with your notes: `kpi quality 4 good talks with the local press`. Follower counts say less than the quality of your conversations and the influential people you actually talk to.',
    'qualityPeriod.weekly': 'this week’s',
    'qualityPeriod.monthly': 'this month’s',
    'qualityPeriod.quarterly': 'this quarter’s',
    declareHint: 'A metric of your own? Declare it once: `kpi metric {metric}`.',
    replaced: '↺ Replaces the value recorded earlier today: {before, number} → {value, number}.',
    metricDeclared: '🆕 New metric “{name}” (`{slug}`). Record it like the others: `kpi add <platform> {slug} <value>`.',
    metricKnown: '“{name}” is already a known metric (`{slug}`): record it with `kpi add <platform> {slug} <value>`.',
    metricInvalid: '“{name}” can’t be a metric name: use letters or digits, 40 characters max.',
    metricTooMany: 'You already track {max, number} metrics of your own, which is the maximum.',
    metricsTitle: '**Metrics** — built-in: {builtIn}. Your own: {custom}. Add one with `kpi metric <name>`.',
    none: 'none',
    'metric.followers': 'followers',
    'metric.page-views': 'page views',
    'metric.likes': 'likes',
    'metric.shares': 'shares',
    'metric.comments': 'comments',
    'metric.mentions': 'mentions',
    trendLine: '- {platform} · {metric}: {sparkline} {current, number}{change}',
    seriesRow: '- {day}: {value, number}',
  },
);

/**
 * A metric as the reader says it (« abonnés », "page views"), not its stored id; a team's own
 * metric by the name it declared, when known.
 */
export function metricLabel(metric: string, locale: Locale, name?: string): string {
  const key = `metric.${metric}`;
  return key in KPI_TEXT.fr ? KPI_TEXT.t(locale, key as `metric.${(typeof METRICS)[number]}`) : (name ?? metric);
}

/** A series as the reader says it: « Facebook · abonnés », "LinkedIn · Newsletter sign-ups". */
export function seriesLabel(series: { platform: string; metric: string; name?: string }, locale: Locale): string {
  return `${pick(platformLabel(series.platform), locale)} · ${metricLabel(series.metric, locale, series.name)}`;
}
