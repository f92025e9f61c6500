import { z } from 'zod';
import type { Bilingual } from '../core/i18n/locale.js';
import { SETTINGS_TEXT } from './messages.js';
import { normalize } from '../core/text/normalize.js';
import { ianaZoneSchema } from '../tenants/tenant.js';

const WEEKDAYS: Record<string, number> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  lun: 1, mar: 2, mer: 3, jeu: 4, ven: 5, sam: 6, dim: 7, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7,
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: Bilingual };

const fail = (message: Bilingual): { ok: false; message: Bilingual } => ({ ok: false, message });

export function readZone(text: string): Parsed<string> {
  const parsed = ianaZoneSchema.safeParse(text.trim());
  return parsed.success
    ? { ok: true, value: parsed.data }
    : fail(SETTINGS_TEXT.both('badZone', { text }));
}

export function readLocale(text: string): Parsed<'fr' | 'en'> {
  const key = normalize(text);
  if (['fr', 'francais', 'french'].includes(key)) return { ok: true, value: 'fr' };
  if (['en', 'anglais', 'english'].includes(key)) return { ok: true, value: 'en' };
  return fail(SETTINGS_TEXT.both('badLanguage'));
}

/** A channel as typed: `#communications`, `C0123ABC`, a Teams conversation id. */
const channelSchema = z
  .string()
  .transform((s) => s.trim().replace(/^<#([A-Z0-9]+)(?:\|[^>]*)?>$/, '$1').replace(/^#/, ''))
  .pipe(z.string().min(1).max(300).regex(/^[^\s<>|]+$/));

export function readChannel(text: string): Parsed<string> {
  const parsed = channelSchema.safeParse(text);
  return parsed.success ? { ok: true, value: parsed.data } : fail(SETTINGS_TEXT.both('badChannel', { text }));
}

/** "24h, 1h", "2j 30min", "1440" (minutes): at most five lead times, each 1 min to 30 days. */
export function readLeads(text: string): Parsed<number[]> {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const minutes: number[] = [];
  for (const part of parts) {
    const match = normalize(part).match(/^(\d+)(min|m|h|j|d)?$/);
    if (!match) return fail(SETTINGS_TEXT.both('badLead', { text: part }));
    const n = Number(match[1]);
    const unit = match[2] ?? 'min';
    minutes.push(unit === 'h' ? n * 60 : unit === 'j' || unit === 'd' ? n * 1440 : n);
  }
  const schema = z.array(z.number().int().min(1).max(60 * 24 * 30)).min(1).max(5);
  const parsed = schema.safeParse([...new Set(minutes)].sort((a, b) => b - a));
  return parsed.success ? { ok: true, value: parsed.data } : fail(SETTINGS_TEXT.both('badLeads'));
}

export function readDigestTime(text: string): Parsed<{ weekday: number; hour: number }> {
  const [dayText = '', hourText = ''] = text.trim().split(/\s+/);
  const weekday = WEEKDAYS[normalize(dayText).replace(/\.$/, '')];
  const hourMatch = normalize(hourText).match(/^(\d{1,2})(?:h|:00|h00)?$/);
  const hour = hourMatch ? Number(hourMatch[1]) : NaN;
  const parsed = z.object({ weekday: z.number().int().min(1).max(7), hour: z.number().int().min(0).max(23) }).safeParse({ weekday, hour });
  return parsed.success ? { ok: true, value: parsed.data } : fail(SETTINGS_TEXT.both('badDigestTime'));
}

export function readOnOff(text: string): Parsed<boolean> {
  const key = normalize(text);
  if (['on', 'oui', 'yes', 'true', 'actif'].includes(key)) return { ok: true, value: true };
  if (['off', 'non', 'no', 'false', 'inactif'].includes(key)) return { ok: true, value: false };
  return fail(SETTINGS_TEXT.both('badOnOff'));
}
