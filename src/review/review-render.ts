import { DateTime } from 'luxon';
import { stepByNumber } from '../../conversations/index.js';
import { pick, type Locale } from '../core/i18n/locale.js';
import { platformLabel } from '../../conversations/platforms.js';
import { intlLocale } from '../core/i18n/format.js';
import type { Button, Reply } from '../core/replies.js';
import { seriesLabel } from '../kpis/messages.js';
import { qualityLine } from '../kpis/quality-line.js';
import { change, sparkline } from '../kpis/sparkline.js';
import { REVIEW_TEXT } from './messages.js';
import type { ReviewData } from './review-data.js';
import { minutesText, movedLines, stepsToRevisit } from './review-findings.js';

const CADENCES = ['monthly', 'quarterly', 'semiannual', 'annual'] as const;
type Cadence = (typeof CADENCES)[number];
const isCadence = (value: string): value is Cadence => (CADENCES as readonly string[]).includes(value);

const longDate = (day: string, locale: Locale) => DateTime.fromISO(day).setLocale(intlLocale(locale)).toLocaleString(DateTime.DATE_FULL);

/**
 * The review as chat messages: the objectives with their indicators, the conversation figures,
 * what moved since the last review, and the steps to revisit with a button that reopens each
 * (or resumes it, when it is already open).
 */
export function renderReview(data: ReviewData, locale: Locale): Reply[] {
  const t = REVIEW_TEXT.t;
  const intro = isCadence(data.cadence) ? t(locale, 'intro', { cadence: t(locale, `cadence.${data.cadence}`) }) : t(locale, 'introNoCadence');
  const out: string[] = [[t(locale, 'title', { date: longDate(data.due, locale) }), intro].join('\n')];

  const objectives = [t(locale, 'objectives')];
  if (data.objectives.length === 0) objectives.push(t(locale, 'noObjective'));
  for (const objective of data.objectives) {
    objectives.push(t(locale, 'objective', { audience: objective.audience, objective: objective.objective ?? '—' }));
    if (objective.platforms.length === 0) objectives.push(t(locale, 'noPlatform'));
    else if (objective.indicators.length === 0) objectives.push(t(locale, 'noIndicator', { platforms: objective.platforms.map((platform) => pick(platformLabel(platform), locale)).join(', ') }));
    for (const trend of objective.indicators) {
      const delta = change(trend.current, trend.previous, locale);
      objectives.push(t(locale, 'indicator', { series: seriesLabel(trend, locale), sparkline: sparkline(trend.values), current: trend.current, change: delta ? ` (${delta})` : '' }));
    }
  }
  out.push(objectives.join('\n'));

  const seen = data.seen;
  const conversations = [
    t(locale, 'conversations'),
    t(locale, 'response', { median: minutesText(seen.medianResponseMinutes, locale), target: data.reactionHours !== undefined ? t(locale, 'target', { hours: data.reactionHours }) : '' }),
    t(locale, 'overdue', { n: seen.overdue }),
    data.quality ? t(locale, 'quality', { line: qualityLine([data.quality], locale) ?? '' }) : t(locale, 'qualityNone'),
  ];
  if (seen.listed > 0) {
    const delta = data.engaged.previous !== undefined ? ` (${change(data.engaged.engaged, data.engaged.previous, locale)})` : '';
    conversations.push(t(locale, 'engaged', { n: seen.engaged, of: seen.listed, trend: `${sparkline(data.engaged.values)}${delta}` }).trimEnd());
  }
  out.push(conversations.join('\n'));

  if (data.previous) {
    const lines = movedLines(data.previous.seen, seen, locale, data.metricNames);
    out.push([t(locale, 'moved', { date: longDate(data.previous.due, locale) }), ...(lines.length > 0 ? lines : [t(locale, 'nothingMoved')])].join('\n'));
  } else {
    out.push(t(locale, 'firstReview'));
  }

  const revisits = stepsToRevisit(data);
  const replies: Reply[] = out.map((text) => ({ kind: 'text', text }));
  if (revisits.length === 0) {
    replies.push({ kind: 'text', text: t(locale, 'nothingToRevisit') });
    return replies;
  }
  const title = (step: number) => stepByNumber(step)?.title[locale] ?? '';
  replies.push({ kind: 'text', text: [t(locale, 'revisit'), ...revisits.map((r) => t(locale, 'revisitLine', { step: r.step, title: title(r.step), reason: r.reason[locale] }))].join('\n') });
  const buttons: Button[] = revisits.map(({ step }) => {
    // A completed step is reopened; one already open is resumed where it stands.
    const open = data.status(step) !== 'complete' && data.status(step) !== 'skipped';
    const command = open ? (locale === 'fr' ? `étape ${step}` : `step ${step}`) : locale === 'fr' ? `rouvrir ${step}` : `reopen ${step}`;
    return { label: t(locale, open ? 'resumeButton' : 'reopenButton', { step }), action: { kind: 'command', text: command } };
  });
  replies.push({ kind: 'buttons', text: t(locale, 'buttonsText'), buttons });
  return replies;
}
