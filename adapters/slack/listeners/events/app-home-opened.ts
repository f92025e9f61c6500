import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { errorSummary } from '../../identity.js';
import { slackTenantId } from '../../tenant.js';
import { actorOf, localeOf, type ListenerDeps } from '../deps.js';

/** Publishes the Home tab each time a user opens it, so it always shows the plan as it is now. */
export function appHomeOpened(deps: ListenerDeps) {
  return async ({ event, client, context }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    try {
      const actor = await actorOf(deps, client, context, event.user);
      await deps.home.publish(client, { tenantId: slackTenantId(actor.tenant), userId: event.user, locale: await localeOf(deps, actor), isAdmin: actor.user.isAdmin });
    } catch (error) {
      deps.log.warn({ err: errorSummary(error), user: event.user }, 'the App Home could not be published');
    }
  };
}
