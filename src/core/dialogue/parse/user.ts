import type { UserValue } from '../values.js';
import { ANSWER_TEXT } from './answer-messages.js';
import { ok, refuse, type ParseResult } from './result.js';

/**
 * A chat user typed as text: a Slack mention (`<@U123>` or `<@U123|marie>`), or a name — kept as
 * typed on platforms where a name cannot be resolved to an id (console, a Teams fallback).
 */
export function parseUserText(raw: string): ParseResult<UserValue> {
  const text = raw.trim();
  const mention = /^<@([A-Z0-9]+)(?:\|([^>]+))?>$/.exec(text);
  if (mention) return ok({ id: mention[1]!, ...(mention[2] ? { name: mention[2] } : {}) });
  const name = text.replace(/^@/, '').trim();
  if (name === '' || name.length > 100 || /[<>]/.test(name)) {
    return refuse(ANSWER_TEXT.both('noPerson'));
  }
  return ok({ id: `name:${name.toLowerCase()}`, name });
}
