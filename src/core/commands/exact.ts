import { normalize } from '../text/normalize.js';
import type { Turn } from '../turn.js';
import { findDocument } from '../handlers/document-name.js';
import type { Command } from './command.js';
import type { CoreCommandId } from './core-commands.js';
import type { DetectedCommand } from './detect.js';

const NUMBER = /^\d{1,2}$/;
/** `modifier 3`, `modifier 2.3` (an item of a list) and `modifier 2.3.1` (a field of that item). */
const ITEM_NUMBER = /^\d{1,2}(\.\d{1,3}){0,2}$/;
const LANGUAGES = ['fr', 'en', 'francais', 'french', 'anglais', 'english'];

/** The arguments each core command takes, when it takes any; the others are exact only alone. */
const ARGUMENTS: Partial<Record<CoreCommandId, (args: string, turn: Turn) => boolean>> = {
  step: (args) => NUMBER.test(args),
  history: (args) => NUMBER.test(args),
  reopen: (args) => NUMBER.test(args),
  edit: (args) => ITEM_NUMBER.test(args),
  language: (args) => LANGUAGES.includes(normalize(args)),
  policy: (args, turn) => findDocument(turn.deps.documents, args) !== undefined,
};

/**
 * Whether a detected command is exactly a command — its word alone, or with arguments it takes
 * ("étape 3", "langue en", "politique guide") — rather than an answer that starts with a command
 * word ("politique de confidentialité", "calendrier éditorial partagé").
 */
export function exactCommand(turn: Turn, found: DetectedCommand<Command>): boolean {
  const args = found.args.trim();
  // Alone, or with a number ("étape 3", "historique 4"): a command, whichever it is.
  if (args === '' || NUMBER.test(args)) return true;
  const takes = ARGUMENTS[found.command.id as CoreCommandId];
  return takes !== undefined && takes(args, turn);
}
