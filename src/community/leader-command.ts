import { readStep8 } from '../../conversations/step-08-community.js';
import { say } from '../core/commands/args.js';
import type { CommandContext, CommandHandler, CommandSpec } from '../core/commands/command.js';
import { fold } from '../core/i18n/format.js';
import { pick, type Bilingual, type Locale } from '../core/i18n/locale.js';
import { platformLabel } from '../../conversations/platforms.js';
import type { PlanStore } from '../core/ports/stores.js';
import type { Reply } from '../core/replies.js';
import { leaderStatusLabel, leaderStatusLabels, readLeaderStatus, type LeaderStatus } from './leader-status.js';
import { LEADER_TEXT } from './messages.js';

const both = (make: (locale: Locale) => string): Bilingual => ({ fr: make('fr'), en: make('en') });

/** The leader command's registry entry. */
export const LEADER_COMMAND: CommandSpec = {
  id: 'leader',
  words: { fr: ['leader', 'leaders'], en: ['leader', 'leaders'] },
  usage: LEADER_TEXT.both('usage'),
  summary: both((l) => LEADER_TEXT.t(l, 'summary', { statuses: leaderStatusLabels(l) })),
  helpSection: 'commands',
};

type Leader = ReturnType<typeof readStep8>['leaders'][number];

/**
 * "Julie Patrimoine relation établie" → the name part and the status, read from the end. A status
 * not understood is reported whole: what follows the leader's number or name ("1 best friends" →
 * « best friends »), not only its last word.
 */
function splitStatus(args: string, leaders: Leader[]): { name: string; status: LeaderStatus } | { name: string; unknown: string } {
  const words = args.trim().split(/\s+/);
  for (let take = Math.min(3, words.length - 1); take >= 1; take--) {
    const status = readLeaderStatus(words.slice(-take).join(' '));
    if (status) return { name: words.slice(0, -take).join(' '), status };
  }
  // The longest start that designates a leader: « Julie Patrimoine », not « Julie ».
  for (let named = words.length - 1; named >= 1; named--) {
    const name = words.slice(0, named).join(' ');
    if ('found' in findLeader(leaders, name)) return { name, unknown: words.slice(named).join(' ') };
  }
  return { name: words.slice(0, -1).join(' '), unknown: words.at(-1) ?? '' };
}

/** The leader a name or a number designates: exact name first, then a unique part of one. */
function findLeader(leaders: Leader[], typed: string): { found: Leader } | { matches: Leader[] } {
  if (/^\d{1,3}$/.test(typed)) {
    const byNumber = leaders[Number(typed) - 1];
    return byNumber ? { found: byNumber } : { matches: [] };
  }
  const wanted = fold(typed);
  const exact = leaders.filter((l) => fold(l.name ?? '') === wanted);
  if (exact.length === 1) return { found: exact[0]! };
  const partial = leaders.filter((l) => fold(l.name ?? '').includes(wanted));
  return partial.length === 1 ? { found: partial[0]! } : { matches: partial };
}

/** `leader` / `leader <name or number> <status>`: where the relationship with a step-8 leader stands, without reopening the step. */
export function leaderCommand(plans: Pick<PlanStore, 'setItemAnswer'>): CommandHandler {
  const names = (leaders: Leader[]) => leaders.map((l, i) => `${i + 1}. ${l.name ?? '?'}`).join(', ');
  const statusOf = (leader: Leader, locale: Locale) => leaderStatusLabel(leader.status, locale) ?? LEADER_TEXT.t(locale, 'noStatus');

  function list(leaders: Leader[], ctx: CommandContext): Reply[] {
    const lines = leaders.map((l, i) => `${i + 1}. ${l.name ?? '?'}${l.platform ? `, ${pick(platformLabel(l.platform), ctx.locale)}` : ''} — ${statusOf(l, ctx.locale)}`).join('\n');
    return [{ kind: 'text', text: LEADER_TEXT.t(ctx.locale, 'list', { lines }) }];
  }

  return {
    ...LEADER_COMMAND,
    async run(args, ctx) {
      const leaders = readStep8(await ctx.answers(8)).leaders;
      if (leaders.length === 0) return say(ctx.locale, LEADER_TEXT.both('none'));
      if (args.trim() === '') return list(leaders, ctx);
      const parsed = splitStatus(args, leaders);
      if ('unknown' in parsed) {
        return say(ctx.locale, both((l) => LEADER_TEXT.t(l, 'unknownStatus', { status: parsed.unknown.slice(0, 40), statuses: leaderStatusLabels(l) })));
      }
      const found = findLeader(leaders, parsed.name);
      if (!('found' in found)) {
        const shown = parsed.name.slice(0, 60);
        return say(
          ctx.locale,
          found.matches.length > 1
            ? LEADER_TEXT.both('ambiguous', { name: shown, names: names(found.matches) })
            : LEADER_TEXT.both('unknownLeader', { name: shown, names: names(leaders) }),
        );
      }
      const leader = found.found;
      const name = leader.name ?? '?';
      if (leader.status === parsed.status) return say(ctx.locale, both((l) => LEADER_TEXT.t(l, 'unchanged', { name, status: statusOf(leader, l) })));
      const actor = { id: ctx.user.id, ...(ctx.user.name ? { name: ctx.user.name } : {}) };
      const saved = await plans.setItemAnswer(ctx.tenantId, 8, { group: 'leaders', itemId: leader._id, key: 'status' }, parsed.status, actor);
      if (!saved) return say(ctx.locale, LEADER_TEXT.both('unknownLeader', { name, names: names(leaders) }));
      return say(ctx.locale, both((l) => LEADER_TEXT.t(l, 'changed', { name, before: statusOf(leader, l), after: leaderStatusLabel(parsed.status, l)! })));
    },
  };
}
