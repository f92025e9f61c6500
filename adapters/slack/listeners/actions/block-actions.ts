import type { AllMiddlewareArgs, SlackActionMiddlewareArgs, webApi } from '@slack/bolt';
import type { Action } from '../../../../src/core/events.js';
import { inboundKey } from '../../dedup.js';
import { failureText } from '../../failure-text.js';
import { postReplies } from '../../deliver.js';
import { SLACK_TEXT } from '../../i18n.js';
import { errorSummary } from '../../identity.js';
import { answerModal } from '../../render/answer-modal.js';
import { slackTenantId } from '../../tenant.js';
import { runTurn } from '../../turn.js';
import { actorOf, fallbackLocale, inboundEvent, type Actor, localeOf, type ListenerDeps } from '../deps.js';
import { blockActionsSchema, interpret, type BlockActionsBody } from './interpret.js';

/**
 * Buttons, selects, pickers and checkboxes of Boussole's messages and Home tab. Acknowledged at
 * once; the long-text button opens its modal right away (a trigger_id lives 3 seconds); other
 * controls become one engine turn whose replies go to the user's DM. The engine decides whether
 * an answer is stale; this passes on exactly what was clicked.
 */
export function blockActions(deps: ListenerDeps) {
  return async ({ ack, body, client, context, respond }: SlackActionMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const parsed = blockActionsSchema.safeParse(body);
    if (!parsed.success) {
      deps.log.warn({ issues: parsed.error.issues.slice(0, 3).map((i) => i.path.join('.')) }, 'a malformed block_actions payload was ignored');
      return;
    }
    const payload = parsed.data;
    const what = interpret(payload);
    if (what.kind === 'ignore') return;
    const dmHere = payload.channel?.id.startsWith('D') ? payload.channel.id : undefined;
    try {
      if (what.kind === 'modal') {
        await client.views.open({ trigger_id: payload.trigger_id, view: answerModal(what.request, dmHere, what.request.locale ?? deps.config.defaults.locale) });
        return;
      }
      const actor = await actorOf(deps, client, context, payload.user.id);
      const tell = async (text: string) => {
        if (payload.response_url) await respond({ response_type: 'ephemeral', replace_original: false, text });
        else await client.chat.postMessage({ channel: dmHere ?? (await deps.dms.open(client, actor.tenant, actor.user.id)), text });
      };
      if (what.kind === 'invalid') {
        deps.log.warn({ user: payload.user.id, actionId: payload.actions[0]!.action_id }, 'an unreadable Slack action was refused');
        await tell(SLACK_TEXT.t(await localeOf(deps, actor), 'unreadableAction'));
        return;
      }
      if (what.kind === 'incomplete') {
        await tell(SLACK_TEXT.t(await localeOf(deps, actor), what.missing === 'choice' ? 'emptyChoice' : 'emptyDateTime'));
        return;
      }
      await deliverAction(deps, client, payload, actor, dmHere, what.action);
    } catch (error) {
      deps.log.error({ err: errorSummary(error), user: payload.user.id }, 'a Slack action could not be handled');
      // The person pressed a button: they hear back, the database down or not.
      const text = await failureText(deps, client, context, payload.user.id, error);
      if (payload.response_url) await respond({ response_type: 'ephemeral', replace_original: false, text }).catch(() => {});
      else if (dmHere) await client.chat.postMessage({ channel: dmHere, text }).catch(() => {});
    }
  };
}

async function deliverAction(deps: ListenerDeps, client: webApi.WebClient, payload: BlockActionsBody, actor: Actor, dmHere: string | undefined, action: Action): Promise<void> {
  const key = inboundKey('act', payload.trigger_id, payload.actions[0]!.action_ts ?? payload.actions[0]!.action_id);
  if (!deps.recentTriggers.claim(key)) {
    deps.log.info({ user: payload.user.id }, 'repeated Slack action ignored');
    return;
  }
  const dm = dmHere ?? (await deps.dms.open(client, actor.tenant, actor.user.id));
  const named = await withUserName(deps, client, actor, action);
  const { replies, locale, failed } = await runTurn(deps.engine, inboundEvent(actor, dm, { kind: 'action', action: named }), deps.log, fallbackLocale(deps, actor));
  if (failed) deps.recentTriggers.release(key);
  await postReplies(client, dm, replies, locale);
}

/** A user-select answer carries the chosen person's name, for documents and digests. */
async function withUserName(deps: ListenerDeps, client: webApi.WebClient, actor: Actor, action: Action): Promise<Action> {
  if (action.kind !== 'answer' || action.value.kind !== 'user' || action.value.name) return action;
  const person = await deps.directory.lookup(client, slackTenantId(actor.tenant), action.value.id);
  return person.name ? { ...action, value: { ...action.value, name: person.name } } : action;
}
