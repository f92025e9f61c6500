import type { TurnContext } from 'botbuilder';
import type { BotDeps } from './deps.js';
import { localeOf, placeOf, tenantIdOfPlace } from './identity.js';
import { rememberConversation } from './remember.js';
import { teamsTenantDefaults } from './tenant-defaults.js';

/**
 * The app was installed, or the bot added to a conversation: the tenant exists from now on, the
 * conversation can be posted into later, and the person who installed it owns the tenant.
 * Teams tells nothing reliable about team owners without Microsoft Graph, so the installer is the
 * first owner; others are added from Boussole's settings.
 */
export async function handleInstall(deps: BotDeps, context: TurnContext): Promise<void> {
  const activity = context.activity;
  const place = placeOf(activity);
  const tenantId = tenantIdOfPlace(place);
  await deps.repositories.tenants.ensure(teamsTenantDefaults(deps.defaults, tenantId, place.tenantKey, localeOf(activity)));
  await rememberConversation(deps, activity, place, 'always');
  if (place.userId) await deps.repositories.tenants.addOwner(tenantId, place.userId);
  deps.log.info({ tenantId, conversation: place.kind }, 'Teams: Boussole installed in a conversation');
}

/** True when a conversationUpdate says the bot itself joined. */
export function botWasAdded(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return Boolean(botId && context.activity.membersAdded?.some((m) => m.id === botId));
}
