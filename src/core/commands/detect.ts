import type { Locale } from '../i18n/locale.js';
import { normalize } from '../text/normalize.js';
import type { CommandSpec } from './command.js';
import { stripCommandPrefix } from './command-prefix.js';

export interface ParsedCommand {
  /** The first word, folded (lower case, no accents). */
  word: string;
  /** The rest, as typed. */
  args: string;
}

export function splitCommand(text: string): ParsedCommand {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const head = space < 0 ? trimmed : trimmed.slice(0, space);
  return { word: normalize(head), args: space < 0 ? '' : trimmed.slice(space + 1).trim() };
}

function claims(command: CommandSpec, locale: Locale, word: string): boolean {
  return command.words[locale].some((w) => normalize(w) === word);
}

export interface DetectedCommand<C extends CommandSpec> {
  command: C;
  /** What follows the command word, as typed. */
  args: string;
  /** The language the command word belongs to (the person's own when it is a word of both). */
  language: Locale;
}

/**
 * Whether a typed text is a command, in either language, accents and case folded: its first word
 * (after an optional `/boussole`) is a word of an entry of the registry. The same lookup the
 * router runs, so what is detected is what would run.
 */
export function detectCommand<C extends CommandSpec>(text: string, locale: Locale, commands: readonly C[]): DetectedCommand<C> | undefined {
  const { word, args } = splitCommand(stripCommandPrefix(text));
  if (word === '') return undefined;
  const other: Locale = locale === 'fr' ? 'en' : 'fr';
  for (const language of [locale, other]) {
    const command = commands.find((c) => claims(c, language, word));
    if (command) return { command, args, language };
  }
  return undefined;
}

/** Every command word of the registry, folded, both languages together (for "did you mean …?"). */
export function allWords(commands: readonly CommandSpec[]): string[] {
  return [...new Set(commands.flatMap((c) => [...c.words.fr, ...c.words.en].map(normalize)))];
}
