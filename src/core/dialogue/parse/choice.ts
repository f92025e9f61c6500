import { inEachLocale, type Locale } from '../../i18n/locale.js';
import { literal } from '../../text/literal.js';
import { normalize } from '../../text/normalize.js';
import type { Choice } from '../types.js';
import { ANSWER_TEXT } from './answer-messages.js';
import { ok, refuse, type ParseResult } from './result.js';

function list(choices: Choice[], locale: Locale): string {
  return choices.map((c, i) => `${i + 1}. ${c.label[locale]}`).join(', ');
}

/** What was typed, as typed, and the choices in each language. */
function notAChoice(raw: string, choices: Choice[]): ParseResult<never> {
  return refuse(inEachLocale((l) => ANSWER_TEXT.t(l, 'notAChoice', { raw: literal(raw.slice(0, 60)), choices: list(choices, l) })));
}

/** One choice, by value, by its number in the list, or by (part of) its label in either language. */
export function matchChoice(raw: string, choices: Choice[]): Choice | undefined {
  const text = normalize(raw);
  if (/^\d+$/.test(text)) return choices[Number(text) - 1];
  return (
    choices.find((c) => normalize(c.value) === text) ??
    choices.find((c) => normalize(c.label.fr) === text || normalize(c.label.en) === text) ??
    (text.length >= 3
      ? choices.filter((c) => normalize(c.label.fr).startsWith(text) || normalize(c.label.en).startsWith(text)).at(0)
      : undefined)
  );
}

export function parseChoice(raw: string, choices: Choice[], allowOther: boolean, locale: Locale): ParseResult<string> {
  const found = matchChoice(raw, choices);
  if (found) return ok(found.value);
  const text = raw.trim();
  if (allowOther && text !== '' && text.length <= 200 && !/^\d+$/.test(text)) return ok(text);
  return notAChoice(text, choices);
  void locale;
}

export function parseChoices(
  values: string[],
  choices: Choice[],
  allowOther: boolean,
  min: number,
): ParseResult<string[]> {
  const picked: string[] = [];
  for (const raw of values.map((v) => v.trim()).filter(Boolean)) {
    const found = matchChoice(raw, choices);
    if (found) {
      if (!picked.includes(found.value)) picked.push(found.value);
    } else if (allowOther && !/^\d+$/.test(raw) && raw.length <= 200) {
      picked.push(raw);
    } else {
      return notAChoice(raw, choices);
    }
  }
  if (picked.length < Math.max(1, min)) {
    return refuse(inEachLocale((l) => ANSWER_TEXT.t(l, 'tooFewChoices', { min: Math.max(1, min), choices: list(choices, l) })));
  }
  return ok(picked);
}

const YES = ['oui', 'o', 'yes', 'y', 'vrai', 'true', 'ouais', 'yep', 'bien sur', 'of course'];
const NO = ['non', 'n', 'no', 'faux', 'false', 'nope', 'pas du tout'];

export function parseYesNo(raw: string): ParseResult<boolean> {
  const text = normalize(raw).replace(/[.!]+$/, '');
  if (YES.includes(text)) return ok(true);
  if (NO.includes(text)) return ok(false);
  return refuse(ANSWER_TEXT.both('notYesNo'));
}
