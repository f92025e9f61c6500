import type { Turn } from '../turn.js';
import type { Reply } from '../replies.js';
import { formatAnswer } from './format.js';
import { DIALOGUE_TEXT } from './messages.js';
import type { Question } from './types.js';
import type { ScalarValue } from './values.js';

/**
 * "✓ Outils de veille : Alertes, Feedly": an answer as it was kept, in one line, sent with the
 * next question so the person sees at once what was understood (steps and short forms alike).
 */
export function echoLine(turn: Turn, label: string, question: Question, value: ScalarValue): Reply {
  return { kind: 'text', text: DIALOGUE_TEXT.t(turn.locale, 'echo', { label, value: formatAnswer(question, value, turn.locale, turn.tenant.timeZone) }) };
}
