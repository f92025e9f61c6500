import { chosenPlatforms } from '../../conversations/step-03-platforms.js';
import { COMMENT_KIND_CHOICES, commentKindLabel } from '../../conversations/comment-kinds.js';
import { platformLabel } from '../../conversations/platforms.js';
import type { CommandContext, CommandHandler, CommandSpec } from '../core/commands/command.js';
import { inEachLocale, pick, type Bilingual, type Locale } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import { normalize } from '../core/text/normalize.js';
import { formatWhen } from '../calendar/format-when.js';
import { knownPlatforms, readPlatform } from '../calendar/platform-input.js';
import type { Comment } from './comment.js';
import type { CommentService } from './comment-service.js';
import { routeComment } from './playbook.js';
import { pipes, say, splitFirst, subcommand, usage } from '../core/commands/args.js';
import { COMMENT_TEXT } from './messages.js';
import type { ReadinessNote } from '../plan/readiness.js';
import { personName } from '../core/people/person-name.js';

const USAGE: Bilingual = {
  fr: 'commentaire [liste | retard | ajouter <plateforme> | <auteur> | <lien> | <texte> | <type> | répondu <réf>]',
  en: 'comment [list | overdue | add <platform> | <author> | <link> | <text> | <kind> | answered <ref>]',
};
const SUB = {
  list: ['list', 'liste', 'open', 'ouverts'],
  overdue: ['overdue', 'late', 'retard', 'retards', 'en-retard'],
  add: ['add', 'ajouter', 'ajout', 'new', 'nouveau'],
  answered: ['answered', 'answer', 'done', 'repondu', 'repondre', 'fait'],
};

function readKind(text: string): string | undefined {
  const key = normalize(text);
  return COMMENT_KIND_CHOICES.find((c) => c.value === key || normalize(c.label.fr) === key || normalize(c.label.en) === key)?.value ??
    ({ colere: 'angry', fache: 'angry', insatisfaite: 'dissatisfied', satisfaite: 'satisfied', injurieux: 'abusive', spam: 'abusive' } as Record<string, string>)[key];
}

function isLink(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function line(comment: Comment, ctx: CommandContext): string {
  const late = comment.dueAt.getTime() <= ctx.now.getTime() ? ' ⚠️' : '';
  const who = comment.assignee ? personName(comment.assignee, ctx.locale) : (comment.assigneeRole ?? '—');
  const due = COMMENT_TEXT.t(ctx.locale, 'due');
  return `- \`${comment.ref}\` ${pick(platformLabel(comment.platform), ctx.locale)} · ${comment.author} (${pick(commentKindLabel(comment.kind), ctx.locale)}) — ${due} ${formatWhen(comment.dueAt, ctx.locale, ctx.timeZone)} · ${who}${late}`;
}

/** The comment command’s registry entry. */
export const COMMENT_COMMAND: CommandSpec = {
  id: 'comment',
  words: { fr: ['commentaire', 'commentaires'], en: ['comment', 'comments'] },
  usage: USAGE,
  summary: { fr: 'le registre des commentaires à traiter', en: 'the log of comments that need an answer' },
  helpSection: 'commands',
  manifest: { title: { en: 'comment', fr: 'commentaire' }, description: { en: 'Log a comment that needs an answer', fr: 'Noter un commentaire qui attend une réponse' } },
};

/** `comment` / `commentaire`: the comment log. */
export function commentCommand(comments: CommentService, readiness?: ReadinessNote): CommandHandler {
  async function add(rest: string, ctx: CommandContext): Promise<Reply[]> {
    const [platformText = '', author = '', link = '', text = '', kindText = ''] = pipes(rest);
    if (!platformText || !author || !text || !kindText) return usage(ctx.locale, USAGE);
    const platform = readPlatform(platformText, chosenPlatforms(await ctx.answers(3)));
    if (!platform) {
      return usage(ctx.locale, USAGE, COMMENT_TEXT.both('unknownPlatform', { platform: platformText, choices: knownPlatforms().join(', ') }));
    }
    const kind = readKind(kindText);
    if (!kind) {
      const kinds = (locale: Locale) => COMMENT_KIND_CHOICES.map((c) => pick(c.label, locale)).join(', ');
      return usage(ctx.locale, USAGE, inEachLocale((locale) => COMMENT_TEXT.t(locale, 'unknownKind', { kind: kindText, choices: kinds(locale) })));
    }
    const cleanLink = link === '-' ? '' : link;
    if (cleanLink && !isLink(cleanLink)) {
      return usage(ctx.locale, USAGE, COMMENT_TEXT.both('badLink'));
    }
    if (author.length > 200 || text.length > 4000) return usage(ctx.locale, USAGE, COMMENT_TEXT.both('tooLong'));
    const routing = routeComment(kind, await ctx.answers(4), await ctx.answers(6));
    const comment = await comments.add(
      ctx.tenantId,
      { platform, author, text, kind, createdBy: ctx.user.id, ...(cleanLink ? { link: cleanLink } : {}) },
      routing,
    );
    const who = comment.assignee ? personName(comment.assignee, ctx.locale) : (comment.assigneeRole ?? COMMENT_TEXT.t(ctx.locale, 'nobodyAssigned'));
    const due = formatWhen(comment.dueAt, ctx.locale, ctx.timeZone);
    const logged = say(ctx.locale, COMMENT_TEXT.both('logged', { ref: comment.ref, who, due, delay: comment.delayHours }));
    return [...logged, ...((await readiness?.(ctx.tenantId, ctx.locale)) ?? [])];
  }

  return {
    ...COMMENT_COMMAND,
    async run(args, ctx) {
      const { word, rest } = splitFirst(args);
      const sub = word === '' ? 'list' : subcommand(word, SUB);
      switch (sub) {
        case 'list':
        case 'overdue': {
          const list = sub === 'list' ? await comments.open(ctx.tenantId) : await comments.overdue(ctx.tenantId);
          if (list.length === 0) {
            return sub === 'list'
              ? say(ctx.locale, COMMENT_TEXT.both('noneWaiting'))
              : say(ctx.locale, COMMENT_TEXT.both('noneOverdue'));
          }
          const title = COMMENT_TEXT.t(ctx.locale, sub === 'list' ? 'waitingTitle' : 'overdueTitle');
          return [{ kind: 'text', text: [title, ...list.map((c) => line(c, ctx))].join('\n') }];
        }
        case 'add':
          return add(rest, ctx);
        case 'answered': {
          const ref = splitFirst(rest).word;
          if (!ref) return usage(ctx.locale, USAGE);
          const result = await comments.markAnswered(ctx.tenantId, ref, ctx.user.id);
          if (!result.ok) {
            return result.reason === 'not-found'
              ? say(ctx.locale, COMMENT_TEXT.both('notFound', { ref }))
              : say(ctx.locale, COMMENT_TEXT.both('alreadyAnswered', { ref }));
          }
          const minutes = result.comment.responseMinutes ?? 0;
          const time = minutes < 120 ? `${minutes} min` : `${(minutes / 60).toFixed(1)} h`;
          return say(ctx.locale, COMMENT_TEXT.both('answered', { time }));
        }
        default:
          return usage(ctx.locale, USAGE);
      }
    },
  };
}
