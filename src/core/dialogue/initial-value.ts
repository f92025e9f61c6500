import { DateTime } from 'luxon';
import type { InitialValue } from '../replies.js';
import type { Question } from './types.js';
import type { AnswerValue } from './values.js';

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** A stored answer in the form its question's control takes back, so that Back shows it in the input. */
export function initialValue(question: Question, value: AnswerValue | undefined, timeZone: string): InitialValue | undefined {
  if (value === undefined || value === null) return undefined;
  switch (question.kind) {
    case 'short-text':
    case 'long-text':
    case 'url':
      return typeof value === 'string' ? { kind: 'text', text: value } : undefined;
    case 'list':
      return Array.isArray(value) ? { kind: 'text', text: value.join('\n') } : undefined;
    case 'number':
      return typeof value === 'number' ? { kind: 'text', text: String(value) } : undefined;
    case 'duration':
      // Minutes, written so that the duration parser reads them back unchanged.
      return typeof value === 'number' ? { kind: 'text', text: value % 60 === 0 ? `${value / 60} h` : `${value} min` } : undefined;
    case 'choice':
    case 'multi-choice': {
      const picked = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      const known = new Set(question.choices.map((c) => c.value));
      const others = picked.filter((v) => !known.has(v));
      return { kind: 'choices', values: picked.filter((v) => known.has(v)), ...(others.length ? { other: others.join(', ') } : {}) };
    }
    case 'yes-no':
      return typeof value === 'boolean' ? { kind: 'yes-no', value } : undefined;
    case 'date':
      return typeof value === 'string' && isDay(value) ? { kind: 'date', date: value } : undefined;
    case 'time':
      return typeof value === 'string' && /^\d{2}:\d{2}$/.test(value) ? { kind: 'time', time: value } : undefined;
    case 'date-time': {
      if (typeof value !== 'string') return undefined;
      const local = DateTime.fromISO(value).setZone(timeZone);
      return local.isValid ? { kind: 'datetime', date: local.toISODate()!, time: local.toFormat('HH:mm') } : undefined;
    }
    case 'user':
      return typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string'
        ? { kind: 'user', id: value.id, ...('name' in value && typeof value.name === 'string' ? { name: value.name } : {}) }
        : undefined;
  }
}
