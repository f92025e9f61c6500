import { ok, refuse, type ParseResult } from './result.js';
import { fold } from '../../i18n/format.js';

/** Accepts "1 234,5" (French) as well as "1,234.5" (English) and plain "42". */
export function parseNumber(raw: string, options: { min?: number; max?: number; integer?: boolean }): ParseResult<number> {
  let text = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replaceAll(',', '');
  else text = text.replace(',', '.');
  const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) return refuse(`« ${raw.trim().slice(0, 40)} » n'est pas un nombre.`, `"${raw.trim().slice(0, 40)}" is not a number.`);
  if (options.integer && !Number.isInteger(value)) return refuse('Donnez un nombre entier.', 'Please give a whole number.');
  if (options.min !== undefined && value < options.min) {
    return refuse(`Le nombre doit être au moins ${options.min}.`, `The number must be at least ${options.min}.`);
  }
  if (options.max !== undefined && value > options.max) {
    return refuse(`Le nombre doit être au plus ${options.max}.`, `The number must be at most ${options.max}.`);
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
    return refuse(
      `Je n'ai pas compris la durée « ${raw.trim().slice(0, 40)} ». Exemples : 2 h, 90 min, 1 jour.`,
      `I could not read the duration "${raw.trim().slice(0, 40)}". Examples: 2 h, 90 min, 1 day.`,
    );
  }
  if (minutes <= 0 || minutes > 60 * 24 * 365) {
    return refuse('La durée doit être positive et d’au plus un an.', 'The duration must be positive and at most one year.');
  }
  return ok(Math.round(minutes));
}
