import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { tenantExternalId } from '../../identity.js';
import { slackTenantId } from '../../tenant.js';
import type { ListenerDeps } from '../deps.js';

/**
 * The app was removed: its token is dead, so the installation is deleted. The tenant's plan and
 * answers stay — they are the team's work, and a reinstall picks them up again.
 */
export function appUninstalled(deps: ListenerDeps) {
  return async ({ body, context }: SlackEventMiddlewareArgs<'app_uninstalled'> & AllMiddlewareArgs): Promise<void> => {
    const external = tenantExternalId({ ...context, teamId: context.teamId ?? body.team_id });
    if (!external) return;
    const tenantId = slackTenantId(external);
    deps.directory.forget(tenantId);
    if (!deps.installations) {
      deps.log.warn({ tenantId }, 'Boussole was uninstalled from the Slack workspace; SLACK_BOT_TOKEN no longer works');
      return;
    }
    const removed = await deps.installations.remove(tenantId);
    deps.log.info({ tenantId, removed }, 'Slack app uninstalled; installation deleted');
  };
}
