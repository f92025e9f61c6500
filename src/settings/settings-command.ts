import type { ChannelDirectory } from '../core/ports/channels.js';
import { checkChannel } from './channel-check.js';
import type { CommandContext, CommandHandler, CommandSpec } from '../core/commands/command.js';
import type { Bilingual } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import { formatLead } from '../calendar/reminder-messages.js';
import { formatWhen } from '../calendar/format-when.js';
import { nextDigestAt } from '../digest/digest-schedule.js';
import type { Tenant } from '../tenants/tenant.js';
import { say, splitFirst, subcommand, usage } from '../core/commands/args.js';
import { readChannel, readDigestTime, readLeads, readLocale, readOnOff, readZone, type Parsed } from './settings-input.js';
import type { SettingsService, TenantSettings } from './settings-service.js';
import { clockTime, intlLocale } from '../core/i18n/format.js';
import type { Locale } from '../core/i18n/locale.js';
import { SETTINGS_TEXT } from './messages.js';
import type { PlainKey } from '../core/i18n/catalog.js';

const USAGE: Bilingual = {
  fr: 'réglages [fuseau <IANA> | langue fr|en | canal rappels|alertes|résumé <canal> | rappels 24h,1h | suivi oui|non | résumé <jour> <heure>]',
  en: 'settings [timezone <IANA> | language fr|en | channel reminders|alerts|digest <channel> | reminders 24h,1h | followup on|off | digest <day> <hour>]',
};
const SUB = {
  timeZone: ['timezone', 'zone', 'tz', 'fuseau'],
  locale: ['language', 'lang', 'langue'],
  channel: ['channel', 'canal'],
  leads: ['leads', 'lead', 'reminders', 'rappels', 'delais'],
  followUp: ['followup', 'follow-up', 'suivi'],
  digest: ['digest', 'resume'],
};
const PURPOSE = { reminders: ['reminders', 'rappels'], alerts: ['alerts', 'alertes'], digest: ['digest', 'resume'] };
/** "lundi" / "Monday" for 1–7 (ISO weekdays): 2024-01-01 was a Monday. */
const weekdayName = (weekday: number, locale: Locale) =>
  new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));

function show(tenant: Tenant, ctx: CommandContext): Reply[] {
  const none = '—';
  const c = tenant.channels;
  const leads = tenant.reminders.leadMinutes.map((m) => formatLead(m, ctx.locale)).join(', ');
  const next = formatWhen(nextDigestAt(tenant, ctx.now), ctx.locale, tenant.timeZone);
  const t = (key: PlainKey<typeof SETTINGS_TEXT>) => SETTINGS_TEXT.t(ctx.locale, key);
  const rows: Array<[string, string]> = [
    [t('timeZone'), tenant.timeZone],
    [t('language'), tenant.locale],
    [t('remindersChannel'), c.reminders ?? none],
    [t('alertsChannel'), c.alerts ?? none],
    [t('digestChannel'), c.digest ?? none],
    [t('leads'), leads],
    [t('followUp'), t(tenant.reminders.followUp ? 'on' : 'off')],
    [t('digest'), SETTINGS_TEXT.t(ctx.locale, 'digestWhen', { day: weekdayName(tenant.digest.weekday, ctx.locale), time: clockTime({ hour: tenant.digest.hour, minute: 0 }, ctx.locale), next })],
  ];
  return [
    {
      kind: 'facts',
      title: t('title'),
      facts: rows.map(([label, value]) => ({ label, value })),
    },
  ];
}

/** The settings command’s registry entry (owners only). */
export const SETTINGS_COMMAND: CommandSpec = {
  id: 'settings',
  words: { fr: ['réglages', 'paramètres'], en: ['settings'] },
  usage: USAGE,
  summary: { fr: 'les réglages de l’équipe (responsables)', en: 'the team’s settings (owners)' },
  helpSection: 'commands',
  manifest: { title: { en: 'settings', fr: 'réglages' }, description: { en: 'Language, time zone, channels for reminders', fr: 'Langue, fuseau horaire, canaux des rappels' } },
  ownerOnly: true,
};

/** `settings` / `réglages` (owners only): zone, language, channels, lead times, digest moment. */
export function settingsCommand(settings: SettingsService, channels?: ChannelDirectory): CommandHandler {
  function read(sub: keyof typeof SUB, rest: string): Parsed<TenantSettings> | undefined {
    const wrap = <T>(parsed: Parsed<T>, to: (value: T) => TenantSettings): Parsed<TenantSettings> => (parsed.ok ? { ok: true, value: to(parsed.value) } : parsed);
    switch (sub) {
      case 'timeZone':
        return wrap(readZone(rest), (timeZone) => ({ timeZone }));
      case 'locale':
        return wrap(readLocale(rest), (locale) => ({ locale }));
      case 'leads':
        return wrap(readLeads(rest), (leadMinutes) => ({ leadMinutes }));
      case 'followUp':
        return wrap(readOnOff(rest), (followUp) => ({ followUp }));
      case 'digest':
        return wrap(readDigestTime(rest), (digest) => ({ digest }));
      case 'channel': {
        const { word, rest: channelText } = splitFirst(rest);
        const purpose = subcommand(word, PURPOSE);
        if (!purpose || !channelText) return undefined;
        return wrap(readChannel(channelText), (channel) => ({ channels: { [purpose]: channel } }));
      }
    }
  }

  return {
    ...SETTINGS_COMMAND,
    async run(args, ctx) {
      if (!ctx.user.isOwner) return say(ctx.locale, SETTINGS_TEXT.both('ownersOnly'));
      const { word, rest } = splitFirst(args);
      if (word === '') {
        const tenant = await settings.get(ctx.tenantId);
        return tenant ? show(tenant, ctx) : usage(ctx.locale, USAGE);
      }
      const sub = subcommand(word, SUB);
      if (!sub || !rest) return usage(ctx.locale, USAGE);
      const parsed = read(sub, rest);
      if (!parsed) return usage(ctx.locale, USAGE);
      if (!parsed.ok) return usage(ctx.locale, USAGE, parsed.message);
      if (parsed.value.channels && channels) {
        // Only channels that exist, and where Boussole can post, are kept (stored by their id).
        for (const [purpose, typed] of Object.entries(parsed.value.channels)) {
          if (!typed) continue;
          const found = await checkChannel(channels, ctx.tenantId, typed, { conversationId: ctx.event.conversation.id });
          if (!found.ok) return [{ kind: 'text', text: `⚠️ ${found.message[ctx.locale]}` }];
          parsed.value.channels[purpose as keyof typeof parsed.value.channels] = found.channelId;
        }
      }
      const tenant = await settings.update(ctx.tenantId, parsed.value);
      if (!tenant) return usage(ctx.locale, USAGE);
      const locale = parsed.value.locale ?? ctx.locale;
      const done: Reply = { kind: 'text', text: SETTINGS_TEXT.t(locale, 'saved') };
      return [done, ...show(tenant, { ...ctx, locale })];
    },
  };
}
