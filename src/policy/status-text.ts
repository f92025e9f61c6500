import { DateTime } from 'luxon';
import type { StaffPolicyStatus } from '../core/ports/stores.js';
import type { Locale } from '../core/i18n/locale.js';
import { intlLocale } from '../core/i18n/format.js';
import { POLICY_TEXT } from './messages.js';

/** A 'YYYY-MM-DD' day in words: « 9 décembre 2026 », "December 9, 2026". */
export function dayInWords(day: string, locale: Locale): string {
  const date = DateTime.fromISO(day).setLocale(intlLocale(locale));
  return date.isValid ? date.toLocaleString(DateTime.DATE_FULL) : day;
}

/** The tenant's today, 'YYYY-MM-DD'. */
export function todayIn(timeZone: string, now: Date): string {
  return DateTime.fromJSDate(now).setZone(timeZone).toISODate()!;
}

/** One sentence on where the policy stands and what to do next. */
export function statusSentence(status: StaffPolicyStatus, locale: Locale, today: string): string {
  switch (status.state) {
    case 'official':
      return POLICY_TEXT.t(locale, 'official', { date: dayInWords(status.officialOn.slice(0, 10), locale), version: status.version.length > 10 ? dayInWords(status.version.slice(0, 10), locale) : status.version });
    case 'discussed':
      return POLICY_TEXT.t(locale, 'discussed', { date: dayInWords(status.discussedOn, locale) });
    case 'draft':
      if (!status.plannedOn) return POLICY_TEXT.t(locale, 'draftUnplanned');
      return POLICY_TEXT.t(locale, status.plannedOn < today ? 'draftOverdue' : 'draftPlanned', { date: dayInWords(status.plannedOn, locale) });
  }
}
