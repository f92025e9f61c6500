import type { Reply } from '../replies.js';
import { levenshtein, normalize } from '../text/normalize.js';
import type { Turn } from '../turn.js';
import { status } from '../handlers/status.js';
import { commandContext, startForm } from '../handlers/form.js';
import type { Command } from './command.js';
import { CORE_COMMANDS, commandsOf, type CoreCommandId } from './core-commands.js';
import { detectCommand, splitCommand } from './detect.js';

export { splitCommand, type ParsedCommand } from './detect.js';

/** The core command a (folded) word names, if any. */
export function coreCommandOf(word: string): CoreCommandId | undefined {
  return CORE_COMMANDS.find((c) => [...c.words.fr, ...c.words.en].some((w) => normalize(w) === word))?.id;
}

function commandOf(turn: Turn, text: string) {
  return detectCommand(text, turn.locale, commandsOf(turn));
}

function suggestions(turn: Turn, word: string): string | undefined {
  // Compared without accents, suggested as written (« étape », not « etape »), the person's language first.
  const other = turn.locale === 'fr' ? 'en' : 'fr';
  const words = [...new Set(commandsOf(turn).flatMap((c) => [...c.words[turn.locale], ...c.words[other]]))].filter((w) => w.length > 1);
  const typed = normalize(word);
  let best: { word: string; distance: number } | undefined;
  for (const candidate of words) {
    const folded = normalize(candidate);
    // A candidate the typed word begins ("etap" -> "etape") wins a tie.
    const distance = levenshtein(typed, folded) - (folded.startsWith(typed) ? 0.5 : 0);
    if (!best || distance < best.distance) best = { word: candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.word : undefined;
}

async function run(turn: Turn, command: Command, args: string): Promise<Reply[]> {
  if ('runCore' in command) return command.runCore(turn, args);
  if (command.ownerOnly && !turn.isOwner) return [turn.text('owner.only')];
  return command.run(args, commandContext(turn, (id, given) => startForm(turn, id, given)));
}

/** Whether the text starts with a command word, core or feature. */
export function isKnownCommand(turn: Turn, text: string): boolean {
  return commandOf(turn, text) !== undefined;
}

/** Runs a command; `undefined` when the text is not a command at all. */
export async function runCommand(turn: Turn, text: string): Promise<Reply[] | undefined> {
  if (splitCommand(text).word === '') return status(turn);
  const found = commandOf(turn, text);
  return found ? run(turn, found.command, found.args) : undefined;
}

export function unknownCommand(turn: Turn, text: string): Reply[] {
  const { word } = splitCommand(text);
  const suggestion = suggestions(turn, word);
  return [
    {
      kind: 'text',
      text: [
        turn.t('help.unknown', { value: text.trim().slice(0, 40) }),
        suggestion ? turn.t('help.didYouMean', { suggestion }) : undefined,
        turn.t('help.seeHelp'),
      ]
        .filter(Boolean)
        .join(' '),
    },
  ];
}
