import type { types } from '@slack/bolt';
import type { Comment } from '../../../src/comments/comment.js';
import { SLACK_TEXT } from '../i18n.js';
import type { HomeContext, HomeSection } from './publish.js';
import type { TenantId } from '../../../src/core/tenant-id.js';

export interface OpenComments {
  open(tenantId: TenantId, limit?: number): Promise<Comment[]>;
}

/** Open comments, the most urgent first; overdue ones flagged (the playbook's delay has passed). */
export function commentsSection(comments: OpenComments, clock: () => Date = () => new Date()): HomeSection {
  return {
    id: 'comments',
    async blocks(ctx: HomeContext): Promise<types.KnownBlock[]> {
      const open = await comments.open(ctx.tenantId, 10);
      const now = clock().getTime();
      const lines = open.map((c) => {
        const late = c.dueAt.getTime() <= now;
        const due = `<!date^${Math.floor(c.dueAt.getTime() / 1000)}^{date_short_pretty} {time}|${c.dueAt.toISOString()}>`;
        const who = c.assignee ? ` · ${c.assignee.name ?? `<@${c.assignee.id}>`}` : '';
        return `• ${late ? `🔴 *${SLACK_TEXT.t(ctx.locale, 'homeCommentsOverdue')}*` : `${SLACK_TEXT.t(ctx.locale, 'homeCommentsDue')} ${due}`} — ${c.platform}, ${c.author} (${c.kind})${who} (\`${c.ref}\`)`;
      });
      return [
        { type: 'header', text: { type: 'plain_text', text: SLACK_TEXT.t(ctx.locale, 'homeCommentsHeading') } },
        { type: 'section', text: { type: 'mrkdwn', text: lines.length ? lines.join('\n') : SLACK_TEXT.t(ctx.locale, 'homeCommentsNone') } },
      ];
    },
  };
}
