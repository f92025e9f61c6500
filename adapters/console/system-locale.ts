import type { Locale } from '../../src/core/i18n/locale.js';

/**
 * The terminal's language, as POSIX says to find it: `LC_ALL`, then `LC_MESSAGES`, then `LANG`
 * (`fr_CA.UTF-8` -> fr). `C`/`POSIX` and languages Boussole does not speak: undefined.
 */
export function systemLocale(env: NodeJS.ProcessEnv): Locale | undefined {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value && value.trim() !== '');
  const language = tag?.slice(0, 2).toLowerCase();
  return language === 'fr' || language === 'en' ? language : undefined;
}
