import type { StepNumber } from '../core/dialogue/types.js';
import type { Bilingual, Locale } from '../core/i18n/locale.js';
import { seriesLabel } from '../kpis/messages.js';
import { REVIEW_TEXT } from './messages.js';
import { intlLocale } from '../core/i18n/format.js';
import type { ReviewData } from './review-data.js';
import type { ReviewSnapshot } from './review-record.js';

/** A step the review proposes to reopen, and why. */
export interface Revisit {
  step: StepNumber;
  reason: Bilingual;
}

/** The review lists a few steps, not a to-do list: the most pressing first. */
export const MAX_REVISITS = 4;

export function minutesText(minutes: number | undefined, locale: Locale): string {
  if (minutes === undefined) return '—';
  if (minutes < 120) return `${Math.round(minutes)}\u00a0min`;
  const hours = (minutes / 60).toLocaleString(intlLocale(locale), { maximumFractionDigits: 1 });
  return locale === 'fr' ? `${hours}\u00a0h` : `${hours} h`;
}

/** A stored series key (`facebook|followers`) as the reader says it. */
function seriesName(seriesKey: string, locale: Locale, names: Readonly<Record<string, string>>): string {
  const [platform = seriesKey, metric = ''] = seriesKey.split('|');
  return seriesLabel({ platform, metric, ...(names[metric] ? { name: names[metric] } : {}) }, locale);
}
const number = (value: number, locale: Locale) => value.toLocaleString(intlLocale(locale));

/** What moved between two reviews, as lines in one language; empty when nothing did. */
export function movedLines(before: ReviewSnapshot, after: ReviewSnapshot, locale: Locale, names: Readonly<Record<string, string>> = {}): string[] {
  const t = REVIEW_TEXT.t;
  const n = (value: number) => number(value, locale);
  const lines: string[] = [];
  for (const [series, value] of Object.entries(after.kpis)) {
    const old = before.kpis[series];
    if (old === undefined) lines.push(t(locale, 'newSeries', { what: seriesName(series, locale, names), after: n(value) }));
    else if (old !== value) lines.push(t(locale, 'movedValue', { what: seriesName(series, locale, names), before: n(old), after: n(value) }));
  }
  const changed = (what: 'what.response' | 'what.overdue' | 'what.quality' | 'what.engaged', old: string, now: string) => {
    if (old !== now) lines.push(t(locale, 'movedValue', { what: t(locale, what), before: old, after: now }));
  };
  changed('what.response', minutesText(before.medianResponseMinutes, locale), minutesText(after.medianResponseMinutes, locale));
  changed('what.overdue', String(before.overdue), String(after.overdue));
  changed('what.quality', before.quality ? `${before.quality}/5` : '—', after.quality ? `${after.quality}/5` : '—');
  changed('what.engaged', String(before.engaged), String(after.engaged));
  const added = after.pitfalls.filter((id) => !before.pitfalls.includes(id)).length;
  const gone = before.pitfalls.filter((id) => !after.pitfalls.includes(id)).length;
  if (added > 0) lines.push(t(locale, 'pitfallsNew', { n: added }));
  if (gone > 0) lines.push(t(locale, 'pitfallsGone', { n: gone }));
  return lines;
}

/**
 * The steps to revisit, from what the review saw: the pitfalls the plan walks into, indicators
 * that went down since the last review, answers slower than the team's target, poor conversation
 * quality, leaders no longer won over, objectives nothing measures. One reason per step (the
 * first found), steps in the method's order, at most MAX_REVISITS.
 */
export function stepsToRevisit(data: ReviewData): Revisit[] {
  const found: Revisit[] = data.pitfalls.map((pitfall) => ({ step: pitfall.step, reason: pitfall.text }));
  const seen = data.seen;
  const before = data.previous?.seen;
  for (const [series, value] of Object.entries(seen.kpis)) {
    const old = before?.kpis[series];
    if (old === undefined || value >= old) continue;
    const reason = (locale: Locale) => REVIEW_TEXT.t(locale, 'reason.kpiDown', { series: seriesName(series, locale, data.metricNames), before: old, after: value });
    found.push({ step: 4, reason: { fr: reason('fr'), en: reason('en') } });
  }
  const slow = data.reactionHours !== undefined && seen.medianResponseMinutes !== undefined && seen.medianResponseMinutes > data.reactionHours * 60;
  if (slow || seen.overdue > 0) {
    const reason = (locale: Locale) => REVIEW_TEXT.t(locale, 'reason.slow', { median: minutesText(seen.medianResponseMinutes, locale), overdue: seen.overdue });
    found.push({ step: 9, reason: { fr: reason('fr'), en: reason('en') } });
  }
  if (seen.quality !== undefined && (seen.quality <= 2 || (before?.quality !== undefined && seen.quality < before.quality))) {
    found.push({ step: 9, reason: REVIEW_TEXT.both('reason.quality', { rating: seen.quality }) });
  }
  if (seen.listed > 0 && (seen.engaged === 0 || (before !== undefined && seen.engaged <= before.engaged))) {
    found.push({ step: 8, reason: REVIEW_TEXT.both('reason.leaders', { n: seen.engaged, of: seen.listed }) });
  }
  if (data.objectives.length === 0) found.push({ step: 2, reason: REVIEW_TEXT.both('reason.noObjective') });
  for (const objective of data.objectives) {
    if (objective.platforms.length > 0 && objective.indicators.length === 0) found.push({ step: 10, reason: REVIEW_TEXT.both('reason.unmeasured', { audience: objective.audience }) });
  }
  const byStep = new Map<StepNumber, Revisit>();
  for (const revisit of found) if (!byStep.has(revisit.step)) byStep.set(revisit.step, revisit);
  return [...byStep.values()].sort((a, b) => a.step - b.step).slice(0, MAX_REVISITS);
}
