import type { Reply } from '../replies.js';
import { levenshtein, normalize } from '../text/normalize.js';
import type { Turn } from '../turn.js';
import { acknowledge, policy } from '../handlers/documents.js';
import { history, reopen, setLanguage } from '../handlers/account.js';
import { control, edit, resume, startStep } from '../handlers/dialogue.js';
import { help } from '../handlers/help.js';
import { status } from '../handlers/status.js';
import { commandContext, startForm } from '../handlers/form.js';
import type { CommandHandler } from './command.js';
import { CORE_WORDS, DIALOGUE_COMMANDS, type CoreCommand } from './words.js';

export interface ParsedCommand {
  word: string;
  args: string;
}

export function splitCommand(text: string): ParsedCommand {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const head = space < 0 ? trimmed : trimmed.slice(0, space);
  return { word: normalize(head), args: space < 0 ? '' : trimmed.slice(space + 1).trim() };
}

export function coreCommandOf(word: string): CoreCommand | undefined {
  return (Object.keys(CORE_WORDS) as CoreCommand[]).find((c) => (CORE_WORDS[c] as readonly string[]).includes(word));
}

function featureOf(turn: Turn, word: string): CommandHandler | undefined {
  return turn.deps.commands?.find((c) => [...c.words.fr, ...c.words.en].some((w) => normalize(w) === word));
}

/**
 * Whether a message typed during a questionnaire is a command rather than an answer: only
 * dialogue commands typed alone or with a number ("retour", "étape 3", "modifier 2") — a French
 * answer such as "politique de confidentialité" must stay an answer.
 */
export function isDialogueCommand(text: string): boolean {
  const { word, args } = splitCommand(text);
  const command = coreCommandOf(word);
  return command !== undefined && DIALOGUE_COMMANDS.includes(command) && (args === '' || /^\d{1,2}$/.test(args));
}

function suggestions(turn: Turn, word: string): string | undefined {
  const words = [
    ...Object.values(CORE_WORDS).flat(),
    ...(turn.deps.commands ?? []).flatMap((c) => [...c.words.fr, ...c.words.en].map(normalize)),
  ].filter((w) => w.length > 1);
  let best: { word: string; distance: number } | undefined;
  for (const candidate of words) {
    // A candidate the typed word begins ("etap" -> "etape") wins a tie.
    const distance = levenshtein(word, candidate) - (candidate.startsWith(word) ? 0.5 : 0);
    if (!best || distance < best.distance) best = { word: candidate, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(word.length / 3)) ? best.word : undefined;
}

async function runFeature(turn: Turn, handler: CommandHandler, args: string): Promise<Reply[]> {
  if (handler.ownerOnly && !turn.isOwner) return [turn.text('owner.only')];
  return handler.run(args, commandContext(turn, (id, given) => startForm(turn, id, given)));
}

/** Whether the text starts with a command word, core or feature. */
export function isKnownCommand(turn: Turn, text: string): boolean {
  const { word } = splitCommand(text);
  return coreCommandOf(word) !== undefined || featureOf(turn, word) !== undefined;
}

/** Runs a command; `undefined` when the text is not a command at all. */
export async function runCommand(turn: Turn, text: string): Promise<Reply[] | undefined> {
  const { word, args } = splitCommand(text);
  if (word === '') return status(turn);
  const core = coreCommandOf(word);
  switch (core) {
    case 'help':
      return help(turn);
    case 'status':
      return status(turn);
    case 'step':
      return startStep(turn, args);
    case 'continue':
      return (await resume(turn)) ?? status(turn);
    case 'back':
      return control(turn, 'back');
    case 'skip':
      return control(turn, 'skip');
    case 'review':
      return control(turn, 'review');
    case 'cancel':
      return control(turn, 'cancel');
    case 'edit':
      return edit(turn, args);
    case 'reopen':
      return reopen(turn, args);
    case 'policy':
      return policy(turn, args);
    case 'ack':
      return acknowledge(turn);
    case 'language':
      return setLanguage(turn, args);
    case 'history':
      return history(turn, args);
    case undefined:
      break;
  }
  const feature = featureOf(turn, word);
  if (feature) return runFeature(turn, feature, args);
  return undefined;
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

