import type { CommandContext } from '../../core/commands/command.js';
import { fill, pick, type Bilingual } from '../../core/i18n/locale.js';
import type { Reply } from '../../core/replies.js';
import { normalize } from '../../core/text/normalize.js';
import type { PublicUrl } from '../../links/public-url.js';
import type { CalendarSubscriptions } from './subscription-repository.js';
import { intlLocale } from '../../core/i18n/format.js';

const REVOKE_WORDS = ['revoke', 'revoquer', 'renew', 'renouveler', 'reset'];

const T = {
  ownersOnly: {
    fr: 'Seuls les responsables de l’équipe peuvent créer ou révoquer l’abonnement au calendrier.',
    en: 'Only the team’s owners can create or revoke the calendar subscription.',
  },
  exists: {
    fr: 'L’équipe a déjà un abonnement au calendrier (créé le {date}). Son adresse n’est pas conservée\u00a0: si vous l’avez perdue, `calendrier abonnement révoquer` la remplace par une nouvelle et désactive l’ancienne.',
    en: 'The team already has a calendar subscription (created {date}). Its address is not kept: if you lost it, `calendar subscribe revoke` replaces it with a new one and turns the old one off.',
  },
  issued: {
    fr: '🔒 Adresse privée de l’abonnement au calendrier de l’équipe\u00a0:\n{url}\n\nOutlook\u00a0: *Ajouter un calendrier → S’abonner à partir du web*. Google Agenda\u00a0: *Autres agendas → À partir de l’URL*. Apple Calendrier\u00a0: *Fichier → Nouvel abonnement*. Les publications (avec leur statut), les formations et les révisions de l’étape\u00a010 y figurent, avec les rappels de l’équipe.\n\nQuiconque a cette adresse voit le calendrier\u00a0: ne la partagez qu’avec l’équipe. Elle ne sera plus affichée\u202f; `calendrier abonnement révoquer` la remplace.',
    en: '🔒 Private address of the team’s calendar subscription:\n{url}\n\nOutlook: *Add calendar → Subscribe from web*. Google Calendar: *Other calendars → From URL*. Apple Calendar: *File → New Calendar Subscription*. It holds the posts (with their status), the training sessions and step 10’s reviews, with the team’s reminders.\n\nAnyone with this address sees the calendar: share it with the team only. It will not be shown again; `calendar subscribe revoke` replaces it.',
  },
  revoked: {
    fr: 'L’ancienne adresse ne fonctionne plus.',
    en: 'The old address no longer works.',
  },
} satisfies Record<string, Bilingual>;

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
    if (!ctx.user.isOwner) return say(pick(T.ownersOnly, ctx.locale));
    const revoke = REVOKE_WORDS.includes(normalize(rest.trim()));
    const current = await deps.subscriptions.current(ctx.tenantId);
    if (current && !revoke) {
      const date = new Intl.DateTimeFormat(intlLocale(ctx.locale), { dateStyle: 'long', timeZone: ctx.timeZone }).format(current.createdAt);
      return say(fill(pick(T.exists, ctx.locale), { date }));
    }
    const token = await deps.subscriptions.issue(ctx.tenantId, ctx.user.id, ctx.now);
    const issued = fill(pick(T.issued, ctx.locale), { url: deps.publicUrl.to(`/calendar/${token}.ics`) });
    return say(current ? `${issued}\n${pick(T.revoked, ctx.locale)}` : issued);
  };
}
