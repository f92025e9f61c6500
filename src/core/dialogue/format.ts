import { DateTime, Duration } from 'luxon';
import type { Locale } from '../i18n/locale.js';
import { message } from '../i18n/messages.js';
import type { Question } from './types.js';
import { groupItems, type AnswerValue, type UserValue } from './values.js';
import { dateTimeInWords, formatNumber, intlLocale } from '../i18n/format.js';
import { personName } from '../people/person-name.js';
import { literal } from '../text/literal.js';

export function formatUser(user: UserValue, locale: Locale): string {
  return literal(personName(user, locale));
}

export function formatMinutes(minutes: number, locale: Locale): string {
  const d = Duration.fromObject({ minutes }).shiftTo('days', 'hours', 'minutes');
  const parts: string[] = [];
  if (d.days) parts.push(message(locale, 'unit.days', { n: d.days }));
  if (d.hours) parts.push(`${d.hours} h`);
  if (d.minutes) parts.push(`${d.minutes} min`);
  return parts.join(' ') || '0 min';
}

/** An answer as people read it: labels instead of values, dates in the tenant's zone and language. */
export function formatAnswer(question: Question, value: AnswerValue | undefined, locale: Locale, timeZone: string): string {
  if (value === undefined) return message(locale, 'review.empty');
  // A choice's label is ours; what a person typed (an answer, an « other » choice) is shown as typed (literal.ts).
  const label = (v: string) =>
    question.kind === 'choice' || question.kind === 'multi-choice' ? (question.choices.find((c) => c.value === v)?.label[locale] ?? literal(v)) : literal(v);
  switch (question.kind) {
    case 'yes-no':
      return message(locale, value ? 'yes' : 'no');
    case 'multi-choice':
    case 'list':
      return Array.isArray(value) ? value.map(label).join(', ') : String(value);
    case 'choice':
      return label(String(value));
    case 'date':
      return DateTime.fromISO(String(value), { zone: timeZone }).setLocale(intlLocale(locale)).toLocaleString(DateTime.DATE_FULL);
    case 'date-time':
      return dateTimeInWords(DateTime.fromISO(String(value)).setZone(timeZone), locale);
    case 'duration':
      return formatMinutes(Number(value), locale);
    case 'number':
      return `${typeof value === 'number' ? formatNumber(value, locale) : String(value)}${question.unit ? ` ${question.unit[locale]}` : ''}`;
    case 'user':
      return typeof value === 'object' && value && 'id' in value ? formatUser(value as UserValue, locale) : String(value);
    default:
      return literal(String(value));
  }
}

export function formatGroupSummary(value: AnswerValue | undefined, firstQuestion: Question | undefined, locale: Locale, timeZone: string): string[] {
  return groupItems(value).map((item) => (firstQuestion ? formatAnswer(firstQuestion, item[firstQuestion.key], locale, timeZone) : item._id));
}
