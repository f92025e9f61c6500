import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { claimOnce, inboundKey } from '../../dedup.js';
import { failureText } from '../../failure-text.js';
import { postReplies } from '../../deliver.js';
import { errorSummary } from '../../identity.js';
import { plainTextOf } from '../../inbound-text.js';
import { runTurn } from '../../turn.js';
import { actorOf, fallbackLocale, inboundEvent, type ListenerDeps } from '../deps.js';
import { withMentionNames } from '../../mention-names.js';
import { slackTenantId } from '../../tenant.js';

/**
 * What Boussole reacts to: a user's own new message in their DM with the bot. Edits, deletions,
 * joins, file shares (subtypes) and bot messages (including Boussole's own) are not answers.
 */
const userDmMessage = z.object({
  type: z.literal('message'),
  channel_type: z.literal('im'),
  channel: z.string().min(1),
  user: z.string().min(1),
  text: z.string().max(40_000),
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
});

/** `message.im`: typed text goes to the engine (an answer, or a command), replies come back in the DM. */
export function messageIm(deps: ListenerDeps) {
  return async ({ event, body, client, context }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const parsed = userDmMessage.safeParse(event);
    if (!parsed.success) return;
    const message = parsed.data;
    const text = plainTextOf(message.text);
    if (text === '') return;
    const key = inboundKey('evt', body.event_id);
    let claimed = false;
    try {
      claimed = await claimOnce(deps.processedKeys, key);
      if (!claimed) {
        deps.log.info({ eventId: body.event_id, retry: context.retryNum }, 'repeated Slack event ignored');
        return;
      }
      const actor = await actorOf(deps, client, context, message.user);
      deps.dms.remember(actor.tenant, message.user, message.channel);
      const named = await withMentionNames(text, async (id) => (await deps.directory.lookup(client, slackTenantId(actor.tenant), id)).name);
      const { replies, locale, failed } = await runTurn(deps.engine, inboundEvent(actor, message.channel, { kind: 'message', text: named }), deps.log, fallbackLocale(deps, actor));
      if (failed) await deps.processedKeys.release(key);
      await postReplies(client, message.channel, replies, locale);
    } catch (error) {
      deps.log.error({ err: errorSummary(error), eventId: body.event_id }, 'a DM message could not be handled');
      // The person hears back, and Slack's redelivery of this event may then do the work.
      if (claimed) await deps.processedKeys.release(key).catch(() => {});
      const text = await failureText(deps, client, context, message.user, error);
      await client.chat.postMessage({ channel: message.channel, text }).catch(() => {});
    }
  };
}
