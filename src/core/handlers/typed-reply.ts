import { commandsOf } from '../commands/core-commands.js';
import { detectCommand } from '../commands/detect.js';
import { exactCommand } from '../commands/exact.js';
import type { Action } from '../events.js';
import { normalize } from '../text/normalize.js';
import type { Turn } from '../turn.js';

/*
 * What a reply typed while a question waits means — a step's question or a short form's
 * (`calendrier ajouter`) — decided here once, so that nothing typed is stored as an answer by
 * mistake, the same way on every surface (console, Slack, Teams):
 * 1. text in quotes ("…", « … ») is always an answer;
 * 2. the typed label of a button of the question acts as the button ("Terminer l’étape", "Passer");
 *    an option's label answers with that option;
 * 3. a reply that is exactly a command (its word in either language, and arguments it takes)
 *    runs, and the question is asked again after its output;
 * 4. a reply that only starts with a command word ("calendrier éditorial partagé") gets one short
 *    question: your answer, or the command?
 * 5. anything else is the answer.
 * After `/boussole`, a text is a command when it is one, and the answer otherwise.
 */

/** Case, accents and punctuation folded: "◀ Retour" = "retour", "Terminer l’étape" = "terminer l'etape". */
export const typedLabel = (text: string) => normalize(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// One pair of quotes around the whole reply: `"A, B", "C"` is a list of two quoted items, not one quote.
const QUOTED = /^\s*(?:"([^"]*)"|«\s*([^»]*?)\s*»|“([^”]*)”)\s*$/;

export type TypedReading =
  | { kind: 'answer'; text: string }
  | { kind: 'action'; action: Action }
  | { kind: 'command' }
  | { kind: 'ambiguous' };

/** Whether a text is in quotes (then always an answer), and what the quotes hold. */
export function unquoted(text: string): string | undefined {
  const quoted = QUOTED.exec(text);
  return quoted ? (quoted[1] ?? quoted[2] ?? quoted[3] ?? '').trim() : undefined;
}

/**
 * Reads a typed reply by the rule above. `control` gives the action of a button or option whose
 * label (folded by `typedLabel`) was typed, when the waiting question has one.
 */
export async function readTyped(
  turn: Turn,
  text: string,
  explicitCommand: boolean,
  control: (label: string) => Action | undefined | Promise<Action | undefined>,
): Promise<TypedReading> {
  const inQuotes = unquoted(text);
  if (inQuotes !== undefined && !explicitCommand) return { kind: 'answer', text: inQuotes };
  const found = detectCommand(text, turn.locale, commandsOf(turn));
  if (explicitCommand) return found || text.trim() === '' ? { kind: 'command' } : { kind: 'answer', text };
  const label = typedLabel(text);
  const action = label === '' ? undefined : await control(label);
  if (action) return { kind: 'action', action };
  if (!found) return { kind: 'answer', text };
  return exactCommand(turn, found) ? { kind: 'command' } : { kind: 'ambiguous' };
}
