import type { Locale } from './locale.js';

/** Where a person's language comes from: their own choice (`langue`), or their platform's settings. */
export const LOCALE_SOURCES = ['chosen', 'platform'] as const;
export type LocaleSource = (typeof LOCALE_SOURCES)[number];

/** A person's stored language; without `localeFrom` (kept before it existed) it counts as chosen. */
export interface StoredLanguage {
  locale?: Locale;
  localeFrom?: LocaleSource;
}

/** The language the person chose with `langue`, if any: what no platform setting changes. */
export function chosenLanguage(stored: StoredLanguage | null | undefined): Locale | undefined {
  return stored?.localeFrom === 'platform' ? undefined : stored?.locale;
}

/**
 * The language to speak to a person, given their platform's as seen now (Slack profile, Teams
 * client, the console's LANG), if known: the one they chose, else the platform's now, else the
 * platform's as last seen.
 */
export function personLanguage(stored: StoredLanguage | null | undefined, platform: Locale | undefined): Locale | undefined {
  return chosenLanguage(stored) ?? platform ?? stored?.locale;
}
