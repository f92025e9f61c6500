import { pick, type Locale } from '../core/i18n/locale.js';
import { commentKindLabel } from '../../conversations/comment-kinds.js';
import { platformLabel } from '../../conversations/platforms.js';
import type { Reply } from '../core/replies.js';
import { formatWhen } from '../calendar/format-when.js';
import type { Comment } from './comment.js';
import { COMMENT_TEXT } from './messages.js';
import { personName } from '../core/people/person-name.js';

export function alertMessage(comment: Comment, stage: 'alert' | 'escalation', locale: Locale, timeZone: string): Reply[] {
  const name = (user: Comment['assignee']) => (user ? personName(user, locale) : COMMENT_TEXT.t(locale, 'nobodyNamed'));
  const text = COMMENT_TEXT.t(locale, stage, {
    author: comment.author,
    platform: pick(platformLabel(comment.platform), locale),
    kind: pick(commentKindLabel(comment.kind), locale),
    when: formatWhen(comment.receivedAt, locale, timeZone),
    delay: comment.delayHours,
    assignee: comment.assignee ? name(comment.assignee) : (comment.assigneeRole ?? COMMENT_TEXT.t(locale, 'nobodyNamed')),
    backup: name(comment.backup),
    contact: name(comment.escalationContact),
    link: comment.link ? ` [${COMMENT_TEXT.t(locale, 'open')}](${comment.link})` : '',
    text: comment.text.length > 280 ? `${comment.text.slice(0, 277)}…` : comment.text,
    ref: comment.ref,
  });
  const supervisor = stage === 'escalation' && comment.supervisor ? COMMENT_TEXT.t(locale, 'supervisorLine', { supervisor: name(comment.supervisor) }) : '';
  return [{ kind: 'text', text: text + supervisor }];
}
