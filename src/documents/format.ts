// Turns stored answers into the words of one document: dates in the tenant's zone and language,
// users by name, choice values by their labels, and the "to be completed" marker for gaps.
import { DateTime } from 'luxon';
import { STEPS } from '../../conversations/index.js';
import type { Question, StepNumber } from '../core/dialogue/types.js';
import type { UserValue } from '../core/dialogue/values.js';
import { dateTimeInWords, dayInWords, formatNumber } from '../core/i18n/format.js';
import { pick, type Bilingual, type Locale } from '../core/i18n/locale.js';
import type { DocumentInput } from './types.js';
import { DOCUMENT_TEXT } from './messages.js';
import { message } from '../core/i18n/messages.js';
import { personName } from '../core/people/person-name.js';

export interface Formatter {
  locale: Locale;
  t(text: Bilingual): string;
  /** "_À compléter — étape 4_". */
  toComplete(step: StepNumber): string;
  /** "**Label** : value" with the colon spacing of the language. */
  field(label: Bilingual | string, value: string): string;
  user(value: UserValue | undefined): string | undefined;
  date(value: string | undefined): string | undefined;
  dateTime(value: string | undefined): string | undefined;
  number(value: number): string;
  /** The label of a choice value; free text typed under "other" is shown as typed. */
  choice(step: StepNumber, key: string, value: string, groupKey?: string): string;
  choices(step: StepNumber, key: string, values: string[], groupKey?: string): string;
  yesNo(value: boolean): string;
}

export function findQuestion(step: StepNumber, key: string, groupKey?: string): Question | undefined {
  const nodes = STEPS.find((entry) => entry.number === step)?.nodes ?? [];
  if (groupKey) {
    const found = nodes.find((node) => node.key === groupKey);
    return found?.kind === 'group' ? found.questions.find((question) => question.key === key) : undefined;
  }
  const found = nodes.find((node) => node.key === key);
  return found && found.kind !== 'group' ? found : undefined;
}

export function formatter(input: Pick<DocumentInput, 'locale' | 'timeZone'>): Formatter {
  const { locale, timeZone } = input;
  const choice = (step: StepNumber, key: string, value: string, groupKey?: string) => {
    const question = findQuestion(step, key, groupKey);
    const choices = question && (question.kind === 'choice' || question.kind === 'multi-choice') ? question.choices : [];
    const found = choices.find((entry) => entry.value === value);
    return found ? pick(found.label, locale) : value;
  };
  return {
    locale,
    t: (text) => pick(text, locale),
    toComplete: (step) => DOCUMENT_TEXT.t(locale, 'toComplete', { step }),
    field: (label, value) => DOCUMENT_TEXT.t(locale, 'field', { label: typeof label === 'string' ? label : pick(label, locale), value }),
    user: (value) => (value ? personName(value, locale) : undefined),
    date: (value) => {
      if (!value) return undefined;
      const date = DateTime.fromISO(value, { zone: timeZone });
      return date.isValid ? dayInWords(date, locale, false) : value;
    },
    dateTime: (value) => {
      if (!value) return undefined;
      const date = DateTime.fromISO(value, { zone: 'utc' }).setZone(timeZone);
      return date.isValid ? dateTimeInWords(date, locale) : value;
    },
    number: (value) => formatNumber(value, locale),
    choice,
        // Labels may contain commas themselves.
    choices: (step, key, values, groupKey) =>
      values.map((value) => choice(step, key, value, groupKey)).join(DOCUMENT_TEXT.t(locale, 'listSeparator')),
    yesNo: (value) => message(locale, value ? 'yes' : 'no'),
  };
}
