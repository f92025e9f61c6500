export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A text in both languages: every prompt, button and heading exists in French and English. */
export interface Bilingual {
  fr: string;
  en: string;
}

export function pick(text: Bilingual, locale: Locale): string {
  return text[locale];
}

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A text made in each language by the same function: for messages assembled from several catalog entries. */
export function inEachLocale(text: (locale: Locale) => string): Bilingual {
  return { fr: text('fr'), en: text('en') };
}
