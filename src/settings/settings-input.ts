import { z } from 'zod';
import type { Bilingual } from '../core/i18n/locale.js';
import { normalize } from '../core/text/normalize.js';
import { ianaZoneSchema } from '../tenants/tenant.js';

const WEEKDAYS: Record<string, number> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  lun: 1, mar: 2, mer: 3, jeu: 4, ven: 5, sam: 6, dim: 7, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7,
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: Bilingual };

const fail = (fr: string, en: string): { ok: false; message: Bilingual } => ({ ok: false, message: { fr, en } });

export function readZone(text: string): Parsed<string> {
  const parsed = ianaZoneSchema.safeParse(text.trim());
  return parsed.success
    ? { ok: true, value: parsed.data }
    : fail(`« ${text} » n’est pas un fuseau horaire IANA (ex. America/Toronto, Europe/Paris).`, `“${text}” is not an IANA time zone (e.g. America/Toronto, Europe/Paris).`);
}

export function readLocale(text: string): Parsed<'fr' | 'en'> {
  const key = normalize(text);
  if (['fr', 'francais', 'french'].includes(key)) return { ok: true, value: 'fr' };
  if (['en', 'anglais', 'english'].includes(key)) return { ok: true, value: 'en' };
  return fail('Langue : fr ou en.', 'Language: fr or en.');
}

/** A channel as typed: `#communications`, `C0123ABC`, a Teams conversation id. */
const channelSchema = z
  .string()
  .transform((s) => s.trim().replace(/^<#([A-Z0-9]+)(?:\|[^>]*)?>$/, '$1').replace(/^#/, ''))
  .pipe(z.string().min(1).max(300).regex(/^[^\s<>|]+$/));

export function readChannel(text: string): Parsed<string> {
  const parsed = channelSchema.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : fail(`« ${text} » n’est pas un canal valide.`, `“${text}” is not a valid channel.`);
}

/** "24h, 1h", "2j 30min", "1440" (minutes): at most five lead times, each 1 min to 30 days. */
export function readLeads(text: string): Parsed<number[]> {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const minutes: number[] = [];
  for (const part of parts) {
    const match = normalize(part).match(/^(\d+)(min|m|h|j|d)?$/);
    if (!match) return fail(`« ${part} » : donnez des durées comme 24h, 1h, 30min ou 2j.`, `“${part}”: give durations such as 24h, 1h, 30min or 2d.`);
    const n = Number(match[1]);
    const unit = match[2] ?? 'min';
    minutes.push(unit === 'h' ? n * 60 : unit === 'j' || unit === 'd' ? n * 1440 : n);
  }
  const schema = z.array(z.number().int().min(1).max(60 * 24 * 30)).min(1).max(5);
  const parsed = schema.safeParse([...new Set(minutes)].sort((a, b) => b - a));
  return parsed.success ? { ok: true, value: parsed.data } : fail('Entre 1 et 5 délais, chacun de 1 minute à 30 jours.', 'Between 1 and 5 lead times, each from 1 minute to 30 days.');
}

export function readDigestTime(text: string): Parsed<{ weekday: number; hour: number }> {
  const [dayText = '', hourText = ''] = text.trim().split(/\s+/);
  const weekday = WEEKDAYS[normalize(dayText).replace(/\.$/, '')];
  const hourMatch = normalize(hourText).match(/^(\d{1,2})(?:h|:00|h00)?$/);
  const hour = hourMatch ? Number(hourMatch[1]) : NaN;
  const parsed = z.object({ weekday: z.number().int().min(1).max(7), hour: z.number().int().min(0).max(23) }).safeParse({ weekday, hour });
  return parsed.success ? { ok: true, value: parsed.data } : fail('Jour et heure, par exemple « lundi 9 ».', 'A day and an hour, for example “monday 9”.');
}

export function readOnOff(text: string): Parsed<boolean> {
  const key = normalize(text);
  if (['on', 'oui', 'yes', 'true', 'actif'].includes(key)) return { ok: true, value: true };
  if (['off', 'non', 'no', 'false', 'inactif'].includes(key)) return { ok: true, value: false };
  return fail('Répondez oui ou non.', 'Answer on or off.');
}
