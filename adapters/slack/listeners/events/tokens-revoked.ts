import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { tenantExternalId } from '../../identity.js';
import { slackTenantId } from '../../tenant.js';
import type { ListenerDeps } from '../deps.js';

/**
 * Tokens were revoked. Boussole holds only bot tokens: when the installation's bot user is among
 * the revoked ones, the installation is deleted (it can no longer post). Revoked user tokens
 * concern nothing Boussole stores.
 */
export function tokensRevoked(deps: ListenerDeps) {
  return async ({ event, body, context }: SlackEventMiddlewareArgs<'tokens_revoked'> & AllMiddlewareArgs): Promise<void> => {
    const external = tenantExternalId({ ...context, teamId: context.teamId ?? body.team_id });
    const bots = event.tokens.bot ?? [];
    if (!external || bots.length === 0) return;
    const tenantId = slackTenantId(external);
    if (!deps.installations) {
      deps.log.warn({ tenantId }, 'the Slack bot token was revoked; SLACK_BOT_TOKEN no longer works');
      return;
    }
    const installation = await deps.installations.get(tenantId);
    if (installation && bots.includes(installation.bot.userId)) {
      await deps.installations.remove(tenantId);
      deps.log.info({ tenantId }, 'Slack bot token revoked; installation deleted');
    }
  };
}
