import type { CommandContext, CommandHandler, CommandSpec } from '../core/commands/command.js';
import { pick, type Bilingual } from '../core/i18n/locale.js';
import { platformLabel } from '../../conversations/platforms.js';
import type { Reply } from '../core/replies.js';
import type { CalendarService, ChangeResult } from './calendar-service.js';
import type { CalendarEntry } from './calendar-entry.js';
import { formatWhen } from './format-when.js';
import { CALENDAR_ADD_FORM } from './calendar-form.js';
import { parseDateTime } from '../core/dialogue/parse/date-time.js';
import { knownPlatforms, readPlatform } from './platform-input.js';
import { chosenPlatforms } from '../../conversations/step-03-platforms.js';
import { pipes, say, splitFirst, subcommand, usage } from '../core/commands/args.js';
import { CALENDAR_TEXT } from './messages.js';
import type { ReadinessNote } from '../plan/readiness.js';
import { personName } from '../core/people/person-name.js';

const USAGE: Bilingual = {
  fr: 'calendrier [liste | ajouter <quand> | <plateforme> | <sujet> | modifier <réf> <quand> | annuler <réf> | publié <réf> | confirmer <réf> | abonnement [révoquer]]',
  en: 'calendar [list | add <when> | <platform> | <topic> | change <ref> <when> | cancel <ref> | published <ref> | confirm <ref> | subscribe [revoke]]',
};
const SUB = {
  list: ['list', 'liste', 'voir', 'show'],
  add: ['add', 'ajouter', 'ajout', 'new', 'nouveau'],
  change: ['change', 'move', 'edit', 'modifier', 'deplacer', 'changer'],
  cancel: ['cancel', 'delete', 'remove', 'annuler', 'supprimer'],
  published: ['published', 'publish', 'done', 'publie', 'publiee', 'publier', 'fait'],
  subscribe: ['subscribe', 'subscription', 'ical', 'abonnement', 'abonner'],
  confirm: ['confirm', 'confirmer', 'approve', 'approuver'],
};

/** A moment typed in a one-line command: to come, at 9 o’clock when only a day is given. */
const readWhen = (text: string, ctx: CommandContext) => parseDateTime(text, { locale: ctx.locale, timeZone: ctx.timeZone, now: ctx.now, defaultHour: 9 });

function line(entry: CalendarEntry, ctx: CommandContext): string {
  const owner = entry.owner ? ` · ${personName(entry.owner, ctx.locale)}` : '';
  const status = entry.status === 'published' ? CALENDAR_TEXT.t(ctx.locale, 'published') : entry.status === 'draft' ? CALENDAR_TEXT.t(ctx.locale, 'draft') : '';
  return `- \`${entry.ref}\` ${formatWhen(entry.at, ctx.locale, ctx.timeZone)} — ${entry.topic}${entry.platform ? ` (${pick(platformLabel(entry.platform), ctx.locale)})` : ''}${owner}${status}`;
}

function failed(result: Extract<ChangeResult, { ok: false }>, ref: string): Bilingual {
  if (result.reason === 'not-draft') return CALENDAR_TEXT.both('notDraft', { ref });
  return result.reason === 'not-found'
    ? CALENDAR_TEXT.both('notFound', { ref })
    : CALENDAR_TEXT.both('alreadyClosed', { ref });
}

/** The calendar command’s registry entry. */
export const CALENDAR_COMMAND: CommandSpec = {
  id: 'calendar',
  words: { fr: ['calendrier'], en: ['calendar'] },
  usage: USAGE,
  summary: { fr: 'le calendrier de contenu et ses rappels', en: 'the content calendar and its reminders' },
  helpSection: 'commands',
  manifest: { title: { en: 'calendar', fr: 'calendrier' }, description: { en: 'The content calendar and its reminders', fr: 'Le calendrier de contenu et ses rappels' } },
};

/** `calendar` / `calendrier`: the content calendar. */
export function calendarCommand(calendar: CalendarService, subscribe?: (rest: string, ctx: CommandContext) => Promise<Reply[]>, readiness?: ReadinessNote): CommandHandler {
  async function platformOf(text: string, ctx: CommandContext): Promise<string | undefined> {
    const step3 = await ctx.answers(3).catch(() => ({}));
    return readPlatform(text, chosenPlatforms(step3));
  }

  async function add(rest: string, ctx: CommandContext): Promise<Reply[]> {
    // Nothing after `add`: ask for the entry question by question.
    if (rest.trim() === '') return ctx.startForm(CALENDAR_ADD_FORM);
    const [when = '', platformText = '', topic = ''] = pipes(rest);
    if (!when || !platformText || !topic) return usage(ctx.locale, USAGE);
    const parsed = readWhen(when, ctx);
    if (!parsed.ok) return usage(ctx.locale, USAGE, parsed.error);
    const platform = await platformOf(platformText, ctx);
    if (!platform) {
      return usage(ctx.locale, USAGE, CALENDAR_TEXT.both('unknownPlatformChoices', { platform: platformText, choices: knownPlatforms().join(', ') }));
    }
    if (topic.length > 300) return usage(ctx.locale, USAGE, CALENDAR_TEXT.both('topicTooLong'));
    const entry = await calendar.add(ctx.tenantId, {
      at: new Date(parsed.value),
      platform,
      topic,
      owner: { id: ctx.user.id, ...(ctx.user.name ? { name: ctx.user.name } : {}) },
      createdBy: ctx.user.id,
    });
    const when2 = formatWhen(entry.at, ctx.locale, ctx.timeZone);
    const added: Reply[] = [{ kind: 'text', text: CALENDAR_TEXT.t(ctx.locale, 'added', { topic, platform: pick(platformLabel(platform), ctx.locale), when: when2, ref: entry.ref, reminders: entry.reminders.length }) }];
    const draft: Reply[] = entry.status === 'draft' ? [{ kind: 'text', text: CALENDAR_TEXT.t(ctx.locale, 'addedDraft', { ref: entry.ref }) }] : [];
    return [...added, ...draft, ...((await readiness?.(ctx.tenantId, ctx.locale)) ?? [])];
  }

  /** An owner lets a draft dated before go-live go out (with its reminders) before step 7 is complete. */
  async function confirm(rest: string, ctx: CommandContext): Promise<Reply[]> {
    const ref = splitFirst(rest).word;
    if (!ref) return usage(ctx.locale, USAGE);
    if (!ctx.user.isOwner) return [{ kind: 'text', text: CALENDAR_TEXT.t(ctx.locale, 'confirmOwners') }];
    const result = await calendar.confirm(ctx.tenantId, ref);
    if (!result.ok) return say(ctx.locale, failed(result, ref));
    return [{ kind: 'text', text: CALENDAR_TEXT.t(ctx.locale, 'confirmed', { topic: result.entry.topic, n: result.entry.reminders.length }) }];
  }

  /** One button per draft listed (a few: the command confirms any other). */
  function confirmButtons(entries: CalendarEntry[], ctx: CommandContext): Reply[] {
    const drafts = entries.filter((entry) => entry.status === 'draft').slice(0, 5);
    if (drafts.length === 0 || !ctx.user.isOwner) return [];
    const word = ctx.locale === 'fr' ? 'calendrier confirmer' : 'calendar confirm';
    return [
      {
        kind: 'buttons',
        text: CALENDAR_TEXT.t(ctx.locale, 'draftsWaiting'),
        buttons: drafts.map((entry) => ({ label: CALENDAR_TEXT.t(ctx.locale, 'confirmButton', { ref: entry.ref }), action: { kind: 'command', text: `${word} ${entry.ref}` } })),
      },
    ];
  }

  async function change(rest: string, ctx: CommandContext): Promise<Reply[]> {
    const { word: ref, rest: tail } = splitFirst(rest);
    if (!ref || !tail) return usage(ctx.locale, USAGE);
    const [when = '', platformText = '', topic = ''] = pipes(tail.replace(/^\|/, ''));
    let at: Date | undefined;
    if (when) {
      const parsed = readWhen(when, ctx);
      if (!parsed.ok) return usage(ctx.locale, USAGE, parsed.error);
      at = new Date(parsed.value);
    }
    const platform = platformText ? await platformOf(platformText, ctx) : undefined;
    if (platformText && !platform) {
      return usage(ctx.locale, USAGE, CALENDAR_TEXT.both('unknownPlatform', { platform: platformText }));
    }
    const result = await calendar.change(ctx.tenantId, ref, { at, platform, topic: topic || undefined });
    if (!result.ok) return say(ctx.locale, failed(result, ref));
    return [{ kind: 'text', text: CALENDAR_TEXT.t(ctx.locale, 'changed', { line: line(result.entry, ctx) }) }];
  }

  return {
    ...CALENDAR_COMMAND,
    async run(args, ctx) {
      const { word, rest } = splitFirst(args);
      const sub = word === '' ? 'list' : subcommand(word, SUB);
      switch (sub) {
        case 'list': {
          const entries = await calendar.upcoming(ctx.tenantId, ctx.now, 30, 25);
          if (entries.length === 0) {
            return [{ kind: 'text', text: CALENDAR_TEXT.t(ctx.locale, 'emptyList') }];
          }
          const title = CALENDAR_TEXT.t(ctx.locale, 'listTitle');
          return [{ kind: 'text', text: [title, ...entries.map((e) => line(e, ctx))].join('\n') }, ...confirmButtons(entries, ctx)];
        }
        case 'add':
          return add(rest, ctx);
        case 'change':
          return change(rest, ctx);
        case 'confirm':
          return confirm(rest, ctx);
        case 'subscribe':
          return subscribe ? subscribe(rest, ctx) : usage(ctx.locale, USAGE);
        case 'cancel':
        case 'published': {
          const ref = splitFirst(rest).word;
          if (!ref) return usage(ctx.locale, USAGE);
          const result = sub === 'cancel' ? await calendar.cancel(ctx.tenantId, ref) : await calendar.markPublished(ctx.tenantId, ref);
          if (!result.ok) return say(ctx.locale, failed(result, ref));
          return sub === 'cancel'
            ? [{ kind: 'text', text: CALENDAR_TEXT.t(ctx.locale, 'cancelled', { topic: result.entry.topic }) }]
            : [{ kind: 'text', text: CALENDAR_TEXT.t(ctx.locale, 'markedPublished', { topic: result.entry.topic }) }];
        }
        default:
          return usage(ctx.locale, USAGE);
      }
    },
  };
}
