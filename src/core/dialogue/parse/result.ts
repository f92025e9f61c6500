import type { Bilingual } from '../../i18n/locale.js';

/** A validated answer, or a specific reason in both languages why it was refused. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Bilingual };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
/** A refusal, from the answer readers' catalogs (answer-messages.ts, date-messages.ts). */
export const refuse = (error: Bilingual): ParseResult<never> => ({ ok: false, error });
