import { describePlatformItem, platformLabel } from '../../conversations/platforms.js';
import { readStep3 } from '../../conversations/step-03-platforms.js';
import { usage } from '../core/commands/args.js';
import type { CommandHandler, CommandSpec } from '../core/commands/command.js';
import { fold } from '../core/i18n/format.js';
import { LOCALES } from '../core/i18n/locale.js';
import type { PlanStore } from '../core/ports/stores.js';
import type { Reply } from '../core/replies.js';
import { ACTIVITY_TEXT } from './messages.js';

/** The account command's registry entry. */
export const ACCOUNT_COMMAND: CommandSpec = {
  id: 'account',
  words: { fr: ['compte', 'comptes'], en: ['account', 'accounts'] },
  usage: ACTIVITY_TEXT.both('accounts.usage'),
  summary: ACTIVITY_TEXT.both('accounts.summary'),
  helpSection: 'commands',
};

type Item = ReturnType<typeof readStep3>['platforms'][number];

/** "réservé linkedin", "reserved 2": the word first (either language), then which account. */
const RESERVED = /^(?:r[ée]serv[ée]e?s?|reserved|fait|done)\s+(.+)$/i;

/** The account a number (among those to reserve) or a platform or page name designates. */
function findAccount(pending: Item[], typed: string): Item[] {
  if (/^\d{1,2}$/.test(typed)) {
    const byNumber = pending[Number(typed) - 1];
    return byNumber ? [byNumber] : [];
  }
  const wanted = fold(typed);
  const names = (item: Item) => [item.platform ?? '', item.name ?? '', ...LOCALES.map((l) => platformLabel(item.platform ?? '')[l])].map(fold);
  const exact = pending.filter((item) => names(item).includes(wanted));
  return exact.length > 0 ? exact : pending.filter((item) => names(item).some((n) => n.includes(wanted)));
}

/**
 * `compte` / `account`: the accounts step 3 leaves to reserve; `compte réservé <plateforme>` marks
 * one reserved (in step 3, without reopening it), which ends its weekly task reminder.
 */
export function accountCommand(plans: Pick<PlanStore, 'setItemAnswer'>): CommandHandler {
  return {
    ...ACCOUNT_COMMAND,
    async run(args, ctx) {
      const platforms = readStep3(await ctx.answers(3)).platforms;
      const pending = platforms.filter((item) => item.status === 'to-reserve');
      const text = (value: string): Reply[] => [{ kind: 'text', text: value }];
      const lines = (items: Item[]) => items.map((item, i) => `${i + 1}. ${describePlatformItem(item)[ctx.locale]}`).join('\n');
      const typed = args.trim();
      const reserved = RESERVED.exec(typed);
      if (typed !== '' && !reserved) return usage(ctx.locale, ACCOUNT_COMMAND.usage);
      const wanted = (reserved?.[1] ?? '').trim();
      // A teammate pressed the reminder's button first, or the same one is pressed twice (by name:
      // a number is a place in the list of those still to reserve).
      const byName = wanted !== '' && !/^\d+$/.test(wanted);
      const done = byName ? findAccount(platforms.filter((item) => item.status === 'reserved'), wanted) : [];
      if (done.length === 1 && findAccount(pending, wanted).length === 0) {
        return text(ACTIVITY_TEXT.t(ctx.locale, 'accounts.already', { account: describePlatformItem(done[0]!)[ctx.locale] }));
      }
      if (pending.length === 0) return text(ACTIVITY_TEXT.t(ctx.locale, 'accounts.none'));
      if (typed === '') return text(ACTIVITY_TEXT.t(ctx.locale, 'accounts.list', { n: pending.length, lines: lines(pending) }));
      const found = findAccount(pending, wanted);
      if (found.length === 0) return text(ACTIVITY_TEXT.t(ctx.locale, 'accounts.unknown', { typed: wanted.slice(0, 60), lines: lines(pending) }));
      if (found.length > 1) return text(ACTIVITY_TEXT.t(ctx.locale, 'accounts.ambiguous', { typed: wanted.slice(0, 60), lines: lines(found) }));
      const item = found[0]!;
      const actor = { id: ctx.user.id, ...(ctx.user.name ? { name: ctx.user.name } : {}) };
      const saved = await plans.setItemAnswer(ctx.tenantId, 3, { group: 'platforms', itemId: item._id, key: 'status' }, 'reserved', actor);
      if (!saved) return text(ACTIVITY_TEXT.t(ctx.locale, 'accounts.none'));
      return text(ACTIVITY_TEXT.t(ctx.locale, 'accounts.done', { account: describePlatformItem(item)[ctx.locale] }));
    },
  };
}
