import { z } from 'zod';
import type { Bilingual } from '../core/i18n/locale.js';
import { MAX_QUALITY_NOTES } from './quality-rating.js';
import { KPI_TEXT } from './messages.js';

export type RatingResult = { ok: true; rating: number; notes?: string } | { ok: false; message: Bilingual };

const ratingSchema = z.coerce.number().int().min(1).max(5);

/** "4", "4/5", "4 / 5 good talks with the press": a whole rating from 1 to 5, then optional notes. */
export function readRating(text: string): RatingResult {
  const parts = text.trim().match(/^(\S+?)(?:\s*\/\s*5)?(?:\s+([\s\S]*))?$/);
  const ratingText = parts?.[1] ?? '';
  const rating = ratingSchema.safeParse(ratingText.replace(',', '.'));
  if (!parts || ratingText === '' || !rating.success) {
    return {
      ok: false,
      message: ratingText ? KPI_TEXT.both('ratingNotOne', { value: ratingText }) : KPI_TEXT.both('ratingRange'),
    };
  }
  const notes = parts[2]?.trim();
  if (notes && notes.length > MAX_QUALITY_NOTES) {
    return {
      ok: false,
      message: KPI_TEXT.both('notesTooLong', { max: MAX_QUALITY_NOTES, length: notes.length }),
    };
  }
  return notes ? { ok: true, rating: rating.data, notes } : { ok: true, rating: rating.data };
}
