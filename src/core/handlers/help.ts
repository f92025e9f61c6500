import { pick } from '../i18n/locale.js';
import type { CommandSpec } from '../commands/command.js';
import type { Reply } from '../replies.js';
import type { Turn } from '../turn.js';

/** The help, listing exactly the registry: one line per command, then what works during a questionnaire. */
export function help(turn: Turn, commands: readonly CommandSpec[]): Reply[] {
  const lines = commands
    .filter((c) => c.helpSection === 'commands')
    .map((c) => `- \`${pick(c.usage, turn.locale)}\` — ${pick(c.summary, turn.locale)}`);
  const inQuestionnaire = commands
    .filter((c) => c.helpSection === 'questionnaire')
    .map((c) => `\`${pick(c.usage, turn.locale)}\``)
    .join(', ');
  return [
    {
      kind: 'text',
      text: [`**${turn.t('help.title')}**`, turn.t('help.intro'), ...lines, '', turn.t('help.inDialogue', { commands: inQuestionnaire })].join('\n'),
    },
  ];
}
