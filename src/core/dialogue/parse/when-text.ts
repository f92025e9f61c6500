import { DateTime } from 'luxon';
import { fold } from '../../i18n/format.js';

/*
 * The text side of reading a date and time: the common ways of writing a time that chrono reads
 * only partly are rewritten first, the words around a date that say nothing are set aside, and
 * days no calendar has are caught before chrono silently drops them.
 */

/**
 * "13 h 30" → "13h30", "9 h" → "9h", "10 a.m." → "10am", "1:30 p.m." → "1:30pm". chrono reads
 * "13 h 30" as 13:00 and "10 a.m." as a year: the minutes and the morning were lost.
 */
export function spellTimes(text: string): string {
  return text
    // chrono knows "aujourd'hui" with a straight apostrophe only.
    .replace(/’/g, "'")
    .replace(/\b(\d{1,2})\s*h\s*(\d{2})\b/gi, '$1h$2')
    .replace(/\b(\d{1,2})\s+h\b/gi, '$1h')
    .replace(/\b(\d{1,2}(?::\d{2})?)\s*([ap])\.?\s*m\b\.?/gi, (_m, time: string, half: string) => `${time}${half.toLowerCase()}m`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that may surround a date without changing it ("le 3 décembre à 14h", "on Monday at 2pm"). */
const FILLERS = new Set(['le', 'la', 'l', 'les', 'a', 'au', 'des', 'de', 'du', 'd', 'depuis', 'partir', 'vers', 'on', 'at', 'the', 'of', 'from', 'since', 'starting', 'around', 'et', 'and', 'en', 'in']);

/** What is left of the text once chrono's reading and the filler words are taken out ("" when nothing). */
export function unread(text: string, index: number, length: number): string {
  const rest = `${text.slice(0, index)} ${text.slice(index + length)}`;
  const words = rest.split(/[\s,.;:!?'’()-]+/).filter(Boolean);
  if (words.every((word) => FILLERS.has(fold(word)))) return '';
  return rest.replace(/\s+/g, ' ').replace(/^[\s,.;:-]+|[\s,.;:-]+$/g, '').trim();
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janv: 1, fevr: 2, fev: 2, avr: 4, juil: 7, sept: 9, oct: 10, nov: 11, dec: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9,
};

function daysIn(month: number, year: number | undefined): number {
  // Without a year, 29 February may exist (a coming leap year): only say no to what never exists.
  return DateTime.fromObject({ year: year ?? 2024, month }).daysInMonth ?? 31;
}

/**
 * `fold` character by character, with where each folded character came from: the patterns match
 * the folded text, and the refusal echoes the same span of what the person typed (« 31 février »,
 * not « 31 fevrier »).
 */
function foldedWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = fold(char) || (/\s/.test(char) ? ' ' : '');
    folded += piece;
    for (let i = 0; i < piece.length; i += 1) origin.push(index);
    index += char.length;
  }
  origin.push(index);
  return { folded, origin };
}

/** A day that no calendar has ("31 février", "April 31", "2026-02-30"), as typed; undefined when none. */
export function impossibleDate(text: string): string | undefined {
  const { folded, origin } = foldedWithOrigins(text);
  const monthNames = Object.keys(MONTHS).join('|');
  const checks: Array<[RegExp, (m: RegExpMatchArray) => [number, number, number | undefined]]> = [
    [new RegExp(`\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${monthNames})\\.?(?:\\s+(\\d{4}))?\\b`), (m) => [Number(m[1]), MONTHS[m[2]!]!, m[3] ? Number(m[3]) : undefined]],
    [new RegExp(`\\b(${monthNames})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`), (m) => [Number(m[2]), MONTHS[m[1]!]!, m[3] ? Number(m[3]) : undefined]],
    [/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  ];
  for (const [pattern, read] of checks) {
    const match = folded.match(pattern);
    if (!match) continue;
    const [day, month, year] = read(match);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) {
      const start = match.index!;
      return text.slice(origin[start], origin[start + match[0].length]).trim();
    }
  }
  return undefined;
}

/** Words that point back in time: read without chrono's "the next such day" rule. */
export function pointsBack(text: string): boolean {
  return /\b(dernier|derniere|passe|passee|il y a|hier|avant-hier|last|ago|yesterday|previous)\b/.test(fold(text));
}
