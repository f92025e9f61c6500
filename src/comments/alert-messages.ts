import { fill, type Locale } from '../core/i18n/locale.js';
import type { Reply } from '../core/replies.js';
import { formatWhen } from '../calendar/format-when.js';
import type { Comment } from './comment.js';
import { COMMENT_TEXT } from './messages.js';

const TEXT = {
  alert: {
    fr: '⚠️ **Commentaire en attente** — {author} sur {platform} ({kind}) attend une réponse depuis {when}. Délai prévu : {delay} h. Responsable : {assignee}.{link}\n> {text}\nUne fois répondu : `commentaire répondu {ref}`',
    en: '⚠️ **Comment waiting** — {author} on {platform} ({kind}) has been waiting since {when}. Planned delay: {delay} h. Assignee: {assignee}.{link}\n> {text}\nOnce answered: `comment answered {ref}`',
  },
  escalation: {
    fr: '🚨 **Escalade** — le commentaire de {author} sur {platform} ({kind}) attend depuis {when}, deux fois le délai prévu ({delay} h). Relève : {backup}. Contact RP : {contact}.{link}\n> {text}\nUne fois répondu : `commentaire répondu {ref}`',
    en: '🚨 **Escalation** — the comment by {author} on {platform} ({kind}) has been waiting since {when}, twice the planned delay ({delay} h). Backup: {backup}. PR contact: {contact}.{link}\n> {text}\nOnce answered: `comment answered {ref}`',
  },
};

const nobody = { fr: 'personne de désigné', en: 'nobody named' };

export function alertMessage(comment: Comment, stage: 'alert' | 'escalation', locale: Locale, timeZone: string): Reply[] {
  const name = (user: Comment['assignee']) => (user ? (user.name ?? user.id) : nobody[locale]);
  const text = fill(TEXT[stage][locale], {
    author: comment.author,
    platform: comment.platform,
    kind: comment.kind,
    when: formatWhen(comment.receivedAt, locale, timeZone),
    delay: comment.delayHours,
    assignee: comment.assignee ? name(comment.assignee) : (comment.assigneeRole ?? nobody[locale]),
    backup: name(comment.backup),
    contact: name(comment.escalationContact),
    link: comment.link ? ` [${COMMENT_TEXT.t(locale, 'open')}](${comment.link})` : '',
    text: comment.text.length > 280 ? `${comment.text.slice(0, 277)}…` : comment.text,
    ref: comment.ref,
  });
  return [{ kind: 'text', text }];
}
