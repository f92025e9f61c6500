import type { UserValue } from '../values.js';
import { ANSWER_TEXT } from './answer-messages.js';
import { ok, refuse, type ParseResult } from './result.js';

/** What a person types to name themselves, in either language. */
const SELF = new Set(['moi', 'moi-même', 'moi même', 'me', 'myself']);

/**
 * A chat user typed as text: a Slack mention (`<@U123>` or `<@U123|marie>`), or a name — kept as
 * typed on platforms where a name cannot be resolved to an id (console, a Teams fallback), or
 * « moi » / "me" for the person answering.
 */
export function parseUserText(raw: string, me?: UserValue): ParseResult<UserValue> {
  const text = raw.trim();
  // « moi » is the person answering, not someone called Moi.
  if (me && SELF.has(text.toLowerCase().replace(/[.!]+$/, ''))) return ok(me);
  const mention = /^<@([A-Z0-9]+)(?:\|([^>]+))?>$/.exec(text);
  if (mention) return ok({ id: mention[1]!, ...(mention[2] ? { name: mention[2] } : {}) });
  const name = text.replace(/^@/, '').trim();
  if (name === '' || name.length > 100 || /[<>]/.test(name)) {
    return refuse(ANSWER_TEXT.both('noPerson'));
  }
  return ok({ id: `name:${name.toLowerCase()}`, name });
}
