import type { Locale } from '../../i18n/locale.js';
import type { AnswerInput } from '../../replies.js';
import type { Question } from '../types.js';
import { userValueSchema, type ScalarValue, type UserValue } from '../values.js';
import { parseChoice, parseChoices, parseYesNo } from './choice.js';
import { parseDate, parseDateTime, parseTime, pickedDateTime } from './date-time.js';
import { parseDuration, parseNumber } from './number.js';
import { ANSWER_TEXT } from './answer-messages.js';
import { ok, refuse, type ParseResult } from './result.js';
import { parseList, parseText, parseUrl } from './text.js';
import { parseUserText } from './user.js';

export interface ParseContext {
  locale: Locale;
  timeZone: string;
  now: Date;
  /** Who is answering: « moi » / "me" typed for a person means them. */
  me?: UserValue;
}

const wrongControl = refuse(ANSWER_TEXT.both('wrongControl'));

/** Validates one raw answer against its question; the error says precisely what is wrong. */
export function parseAnswer(question: Question, input: AnswerInput, ctx: ParseContext): ParseResult<ScalarValue> {
  const text = input.kind === 'text' ? input.text : undefined;
  switch (question.kind) {
    case 'short-text':
      return text !== undefined ? parseText(text, question.maxLength ?? 300) : wrongControl;
    case 'long-text':
      return text !== undefined ? parseText(text, question.maxLength ?? 4000) : wrongControl;
    case 'url':
      return text !== undefined ? parseUrl(text) : wrongControl;
    case 'list':
      return text !== undefined
        ? parseList(text, { maxItems: question.maxItems ?? 50, itemMaxLength: question.itemMaxLength ?? 200, itemKind: question.itemKind ?? 'text' })
        : wrongControl;
    case 'choice':
      if (input.kind === 'choice') return parseChoice(input.value, question.choices, false, ctx.locale);
      return text !== undefined ? parseChoice(text, question.choices, question.allowOther ?? false, ctx.locale) : wrongControl;
    case 'multi-choice': {
      if (input.kind === 'choices') {
        const values = [...input.values, ...(input.other ? input.other.split(/[,;\n]+/) : [])];
        return parseChoices(values, question.choices, question.allowOther ?? false, question.min ?? 1);
      }
      if (input.kind === 'choice') return parseChoices([input.value], question.choices, false, question.min ?? 1);
      return text !== undefined ? parseChoices(text.split(/[,;\n]+/), question.choices, question.allowOther ?? false, question.min ?? 1) : wrongControl;
    }
    case 'yes-no':
      if (input.kind === 'choice') return parseYesNo(input.value);
      return text !== undefined ? parseYesNo(text) : wrongControl;
    case 'number':
      return text !== undefined ? parseNumber(text, question) : wrongControl;
    case 'duration':
      return text !== undefined ? parseDuration(text) : wrongControl;
    case 'date': {
      const when = { timeZone: ctx.timeZone, now: ctx.now, locale: ctx.locale, allowPast: question.allowPast ?? false };
      if (input.kind === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(input.date) ? parseDate(input.date, when) : wrongControl;
      return text !== undefined ? parseDate(text, when) : wrongControl;
    }
    case 'time':
      if (input.kind === 'time') return parseTime(input.time);
      return text !== undefined ? parseTime(text) : wrongControl;
    case 'date-time': {
      const when = { timeZone: ctx.timeZone, now: ctx.now, locale: ctx.locale, allowPast: question.allowPast ?? false };
      if (input.kind === 'datetime') return pickedDateTime(input.date, input.time, when);
      return text !== undefined ? parseDateTime(text, when) : wrongControl;
    }
    case 'user': {
      if (input.kind === 'user') {
        const user = userValueSchema.safeParse({ id: input.id, ...(input.name ? { name: input.name } : {}) });
        return user.success ? ok(user.data) : wrongControl;
      }
      return text !== undefined ? parseUserText(text, ctx.me) : wrongControl;
    }
  }
}
