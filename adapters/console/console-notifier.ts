import type { Notifier, NotifyOutcome, NotifyTarget } from '../../src/core/ports/notifier.js';
import type { Reply } from '../../src/core/replies.js';
import { parseTenantId } from '../../src/core/tenant-id.js';

/** Renders a reply as plain lines: what the console notifier prints and the logs show. */
export function replyToText(reply: Reply): string {
  switch (reply.kind) {
    case 'text':
      return reply.text;
    case 'question':
      return `${reply.context}\n${reply.prompt}`;
    case 'facts':
      return [reply.title, ...reply.facts.map((fact) => `- ${fact.label}: ${fact.value}`)].filter(Boolean).join('\n');
    case 'buttons':
      return [reply.text, reply.buttons.map((button) => `[${button.label}]`).join(' ')].filter(Boolean).join('\n');
    case 'document':
      return `# ${reply.title}\n${reply.markdown}`;
  }
}

function describe(target: NotifyTarget): string {
  return target.kind === 'channel' ? `#${target.channelId}` : `@${target.userId}`;
}

/** Prints proactive messages to console tenants (`npm run chat`, or the server's log). */
export class ConsoleNotifier implements Notifier {
  constructor(private readonly write: (text: string) => void = (text) => console.log(text)) {}

  async post(target: NotifyTarget, message: Reply[], _idempotencyKey: string): Promise<NotifyOutcome> {
    // Like the other platforms, a tenant that is not its own is declined rather than printed.
    if (parseTenantId(target.tenantId)?.platform !== 'console') return { ok: false, reason: 'unknown', detail: `${target.tenantId} is not a console tenant` };
    this.write(`[${target.tenantId} → ${describe(target)}]\n${message.map(replyToText).join('\n')}`);
    return { ok: true, duplicate: false };
  }
}
