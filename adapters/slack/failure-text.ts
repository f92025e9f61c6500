import type { webApi } from '@slack/bolt';
import { message } from '../../src/core/i18n/messages.js';
import { isDatabaseUnavailable } from '../../src/store/database-errors.js';
import { SLACK_TEXT } from './i18n.js';
import { tenantExternalId } from './identity.js';
import { slackTenantId } from './tenant.js';
import type { ListenerDeps, SlackContextLike } from './listeners/deps.js';

/**
 * What a person reads when their turn failed, in their Slack language (users.info, cached, does
 * not need the database): "the database is not answering, try again in a moment" when that is the
 * cause, else a plain "try again".
 */
export async function failureText(deps: ListenerDeps, client: webApi.WebClient, context: SlackContextLike, userId: string, error: unknown): Promise<string> {
  const tenant = tenantExternalId(context);
  const person = tenant ? await deps.directory.lookup(client, slackTenantId(tenant), userId).catch(() => undefined) : undefined;
  const locale = person?.locale ?? deps.config.defaults.locale;
  return isDatabaseUnavailable(error) ? message(locale, 'error.unavailable') : SLACK_TEXT.t(locale, 'tryAgain');
}
