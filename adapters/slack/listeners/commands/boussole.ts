import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { inboundKey } from '../../dedup.js';
import { postMessages, respondMessages, uploadDocument } from '../../deliver.js';
import { SLACK_TEXT } from '../../i18n.js';
import { errorSummary } from '../../identity.js';
import { failureText } from '../../failure-text.js';
import { plainTextOf } from '../../inbound-text.js';
import { renderReplies } from '../../render/replies.js';
import { runTurn } from '../../turn.js';
import { actorOf, fallbackLocale, inboundEvent, type ListenerDeps } from '../deps.js';

/**
 * `/boussole …`: acknowledged before anything else (Slack allows 3 seconds, and the database may
 * be slow), then one engine turn. The dialogue lives in the user's DM with Boussole:
 * - typed in that DM: the answer comes back through response_url, visible in the DM;
 * - typed elsewhere and the answer asks a question: the dialogue is posted in the DM, and an
 *   ephemeral note in the channel points there;
 * - typed elsewhere otherwise (help, status…): an ephemeral answer in place.
 * Documents always go to the DM as files.
 */
export function boussoleCommand(deps: ListenerDeps) {
  return async ({ command, ack, respond, client, context }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const key = inboundKey('cmd', command.team_id, command.trigger_id);
    let claimed = false;
    try {
      claimed = deps.recentTriggers.claim(key);
      if (!claimed) {
        deps.log.info({ team: command.team_id, user: command.user_id }, 'repeated /boussole ignored');
        return;
      }
      const actor = await actorOf(deps, client, context, command.user_id);
      const dm = await deps.dms.open(client, actor.tenant, command.user_id);
      const event = inboundEvent(actor, dm, { kind: 'command', text: plainTextOf(command.text ?? '') });
      const { replies, locale, failed } = await runTurn(deps.engine, event, deps.log, fallbackLocale(deps, actor));
      if (failed) deps.recentTriggers.release(key);
      const { messages, documents } = renderReplies(replies, locale);
      if (command.channel_id === dm) {
        await respondMessages(respond, messages, 'in_channel');
      } else if (replies.some((r) => r.kind === 'question')) {
        await postMessages(client, dm, messages);
        await respond({ response_type: 'ephemeral', text: SLACK_TEXT.t(locale, 'continuedInDm', { link: dmLink(command.team_id, dm) }) });
      } else {
        await respondMessages(respond, messages, 'ephemeral');
      }
      for (const document of documents) {
        await uploadDocument(client, dm, document, locale);
        if (command.channel_id !== dm) await respond({ response_type: 'ephemeral', text: SLACK_TEXT.t(locale, 'documentSent', { title: document.title }) });
      }
    } catch (error) {
      deps.log.error({ err: errorSummary(error), team: command.team_id, user: command.user_id }, '/boussole failed');
      if (claimed) deps.recentTriggers.release(key);
      await respond({ response_type: 'ephemeral', text: await failureText(deps, client, context, command.user_id, error) }).catch(() => {});
    }
  };
}

function dmLink(teamId: string, channel: string): string {
  return `slack://channel?team=${encodeURIComponent(teamId)}&id=${encodeURIComponent(channel)}`;
}
