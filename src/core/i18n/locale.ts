import { frenchSpacing } from './format.js';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in both languages: every prompt, button and heading exists in French and English. */
export interface Bilingual {
  fr: string;
  en: string;
}

/**
 * The one place a Bilingual is read for a locale: step data (questions, choices, hints), titles and
 * warnings. French gets its typography here, as catalog messages get it when rendered.
 */
export function pick(text: Bilingual, locale: Locale): string {
  return locale === 'fr' ? frenchSpacing(text.fr) : text[locale];
}

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A text made in each language by the same function: for messages assembled from several catalog entries. */
export function inEachLocale(text: (locale: Locale) => string): Bilingual {
  return { fr: text('fr'), en: text('en') };
}
