import type { Bilingual, Locale } from '../i18n/locale.js';
import type { Reply } from '../replies.js';
import { normalize } from '../text/normalize.js';
import { message } from '../i18n/messages.js';

/** The first word of the arguments (normalized) and the rest as typed. */
export function splitFirst(args: string): { word: string; rest: string } {
  const trimmed = args.trim();
  const space = trimmed.search(/\s/);
  return space < 0 ? { word: normalize(trimmed), rest: '' } : { word: normalize(trimmed.slice(0, space)), rest: trimmed.slice(space + 1).trim() };
}

/** Which subcommand a word names, from bilingual lists of words (compared accent-insensitively). */
export function subcommand<K extends string>(word: string, table: Record<K, string[]>): K | undefined {
  for (const [key, words] of Object.entries(table) as Array<[K, string[]]>) {
    if (words.some((w) => normalize(w) === word)) return key;
  }
  return undefined;
}

/** `a | b | c` -> ['a', 'b', 'c'] (trimmed; empty parts kept so positions stay meaningful). */
export function pipes(text: string): string[] {
  return text.split('|').map((part) => part.trim());
}

export function say(locale: Locale, text: Bilingual): Reply[] {
  return [{ kind: 'text', text: text[locale] }];
}

/** A bad-arguments answer: what went wrong (if known), then the usage line. */
export function usage(locale: Locale, line: Bilingual, problem?: Bilingual): Reply[] {
  return [{ kind: 'text', text: `${problem ? `${problem[locale]}\n` : ''}${message(locale, 'command.usage', { usage: line[locale] })}` }];
}
