import { literal } from '../../text/literal.js';
import { ANSWER_TEXT } from './answer-messages.js';
import { ok, refuse, type ParseResult } from './result.js';
import { fold } from '../../i18n/format.js';

/** Accepts "1 234,5" (French) as well as "1,234.5" (English) and plain "42". */
export function parseNumber(raw: string, options: { min?: number; max?: number; integer?: boolean }): ParseResult<number> {
  let text = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replaceAll(',', '');
  else text = text.replace(',', '.');
  const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) return refuse(ANSWER_TEXT.both('notANumber', { raw: literal(raw.trim().slice(0, 40)) }));
  if (options.integer && !Number.isInteger(value)) return refuse(ANSWER_TEXT.both('notWhole'));
  if (options.min !== undefined && value < options.min) {
    return refuse(ANSWER_TEXT.both('belowMin', { min: options.min }));
  }
  if (options.max !== undefined && value > options.max) {
    return refuse(ANSWER_TEXT.both('aboveMax', { max: options.max }));
  }
  return ok(value);
}

const UNITS: Array<[RegExp, number]> = [
  [/^(j|jr|jrs|jour|jours|d|day|days)$/, 60 * 24],
  [/^(h|hr|hrs|heure|heures|hour|hours)$/, 60],
  [/^(m|min|mins|minute|minutes)$/, 1],
  [/^(sem|semaine|semaines|w|wk|week|weeks)$/, 60 * 24 * 7],
];

/** "2 h", "90 min", "1 jour", "1h30", "2 heures 15"; a bare number means hours. Returns minutes. */
export function parseDuration(raw: string): ParseResult<number> {
  const text = raw.trim().toLowerCase().replace(',', '.');
  const hm = /^(\d+)\s*h\s*(\d{1,2})$/.exec(text);
  let minutes: number | undefined;
  if (hm) minutes = Number(hm[1]) * 60 + Number(hm[2]);
  else if (/^\d+(\.\d+)?$/.test(text)) minutes = Math.round(Number(text) * 60);
  else {
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*([a-zé]+)/g)];
    const consumed = parts.map((p) => p[0]).join('').replace(/\s/g, '');
    if (parts.length > 0 && consumed === text.replace(/\s|et|and/g, '')) {
      minutes = 0;
      for (const [, amount, unit] of parts) {
        const factor = UNITS.find(([re]) => re.test(fold(unit!)))?.[1];
        if (factor === undefined) {
          minutes = undefined;
          break;
        }
        minutes += Number(amount) * factor;
      }
    }
  }
  if (minutes === undefined || !Number.isFinite(minutes)) {
    return refuse(ANSWER_TEXT.both('noDuration', { raw: literal(raw.trim().slice(0, 40)) }));
  }
  if (minutes <= 0 || minutes > 60 * 24 * 365) {
    return refuse(ANSWER_TEXT.both('durationRange'));
  }
  return ok(Math.round(minutes));
}
