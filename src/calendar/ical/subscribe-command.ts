import type { CommandContext } from '../../core/commands/command.js';
import type { Reply } from '../../core/replies.js';
import { normalize } from '../../core/text/normalize.js';
import type { PublicUrl } from '../../links/public-url.js';
import type { CalendarSubscriptions } from './subscription-repository.js';
import { intlLocale } from '../../core/i18n/format.js';
import { SUBSCRIBE_TEXT } from './messages.js';

const REVOKE_WORDS = ['revoke', 'revoquer', 'renew', 'renouveler', 'reset'];


export interface SubscribeDeps {
  subscriptions: CalendarSubscriptions;
  publicUrl: PublicUrl;
}

/**
 * `calendar subscribe [revoke]` / `calendrier abonnement [révoquer]` (owners): hands out the
 * team's private iCalendar address once; revoking replaces it (the old one then gets 404).
 */
export function calendarSubscribe(deps: SubscribeDeps): (rest: string, ctx: CommandContext) => Promise<Reply[]> {
  return async (rest, ctx) => {
    const say = (text: string): Reply[] => [{ kind: 'text', text }];
    if (!ctx.user.isOwner) return say(SUBSCRIBE_TEXT.t(ctx.locale, 'ownersOnly'));
    const revoke = REVOKE_WORDS.includes(normalize(rest.trim()));
    const current = await deps.subscriptions.current(ctx.tenantId);
    if (current && !revoke) {
      const date = new Intl.DateTimeFormat(intlLocale(ctx.locale), { dateStyle: 'long', timeZone: ctx.timeZone }).format(current.createdAt);
      return say(SUBSCRIBE_TEXT.t(ctx.locale, 'exists', { date }));
    }
    const token = await deps.subscriptions.issue(ctx.tenantId, ctx.user.id, ctx.now);
    const issued = SUBSCRIBE_TEXT.t(ctx.locale, 'issued', { url: deps.publicUrl.to(`/calendar/${token}.ics`) });
    return say(current ? `${issued}\n${SUBSCRIBE_TEXT.t(ctx.locale, 'revoked')}` : issued);
  };
}
