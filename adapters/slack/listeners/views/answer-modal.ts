import type { AllMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { MODAL_BLOCK_ID, MODAL_INPUT_ID, modalMetadataSchema, parseJson } from '../../action-codec.js';
import { inboundKey } from '../../dedup.js';
import { postReplies } from '../../deliver.js';
import type { Locale } from '../../../../src/core/i18n/locale.js';
import { SLACK_TEXT } from '../../i18n.js';
import { errorSummary } from '../../identity.js';
import { runTurn } from '../../turn.js';
import { actorOf, fallbackLocale, inboundEvent, localeOf, type ListenerDeps } from '../deps.js';

const submissionSchema = z.object({
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    private_metadata: z.string(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.object({ value: z.string().nullish() }).passthrough())) }),
  }),
});

const submitterSchema = z.object({ user: z.object({ id: z.string().min(1).max(40) }) });

/**
 * The language of the error under the field: the submitter's Boussole language, else their Slack
 * profile's, else the team's (what `actorOf` reads, cached); the team's when nothing can be read.
 */
async function submitterLocale(deps: ListenerDeps, client: AllMiddlewareArgs['client'], context: AllMiddlewareArgs['context'], body: unknown): Promise<Locale> {
  const submitter = submitterSchema.safeParse(body);
  if (!submitter.success) return deps.config.defaults.locale;
  try {
    return await localeOf(deps, await actorOf(deps, client, context, submitter.data.user.id));
  } catch (error) {
    deps.log.warn({ err: errorSummary(error) }, 'the language of a modal submitter could not be read; the team’s is used');
    return deps.config.defaults.locale;
  }
}

/**
 * The long-text modal submitted. An empty or unreadable submission keeps the modal open with an
 * error under the field; otherwise the modal closes and the answer goes to the engine, its
 * replies to the user's DM.
 */
export function answerModalSubmitted(deps: ListenerDeps) {
  return async ({ ack, body, client, context }: SlackViewMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const parsed = submissionSchema.safeParse(body);
    const metadata = parsed.success ? parseJson(modalMetadataSchema, parsed.data.view.private_metadata) : undefined;
    const text = parsed.success ? (parsed.data.view.state.values[MODAL_BLOCK_ID]?.[MODAL_INPUT_ID]?.value ?? '').trim() : '';
    if (!parsed.success || !metadata) {
      deps.log.warn('an unreadable modal submission was refused');
      await ack({ response_action: 'errors', errors: { [MODAL_BLOCK_ID]: SLACK_TEXT.t(await submitterLocale(deps, client, context, body), 'unreadableAction') } });
      return;
    }
    if (text === '') {
      await ack({ response_action: 'errors', errors: { [MODAL_BLOCK_ID]: SLACK_TEXT.t(await submitterLocale(deps, client, context, body), 'emptyText') } });
      return;
    }
    await ack();
    const submission = parsed.data;
    try {
      const key = inboundKey('view', submission.trigger_id);
      if (!deps.recentTriggers.claim(key)) return;
      const actor = await actorOf(deps, client, context, submission.user.id);
      const dm = metadata.channel ?? (await deps.dms.open(client, actor.tenant, actor.user.id));
      const action = { kind: 'answer' as const, ref: metadata.ref, value: { kind: 'text' as const, text } };
      const { replies, locale, failed } = await runTurn(deps.engine, inboundEvent(actor, dm, { kind: 'action', action }), deps.log, fallbackLocale(deps, actor));
      if (failed) deps.recentTriggers.release(key);
      await postReplies(client, dm, replies, locale);
    } catch (error) {
      deps.log.error({ err: errorSummary(error), user: submission.user.id }, 'a modal answer could not be handled');
    }
  };
}
