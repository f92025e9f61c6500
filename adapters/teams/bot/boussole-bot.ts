import { TeamsActivityHandler } from 'botbuilder';
import type { BotDeps } from './deps.js';
import { botWasAdded, handleInstall } from './install.js';
import { handleMessage } from './message-turn.js';

/**
 * Boussole's Teams bot: routes each kind of activity to its handler. Messages (typed text and
 * card submissions) go to the engine; installation and the bot joining a conversation store the
 * conversation; every other activity is acknowledged and ignored.
 */
export class BoussoleTeamsBot extends TeamsActivityHandler {
  constructor(deps: BotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await handleMessage(deps, context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await handleInstall(deps, context);
      await next();
    });
    this.onConversationUpdate(async (context, next) => {
      if (botWasAdded(context)) await handleInstall(deps, context);
      await next();
    });
    this.onUnrecognizedActivityType(async (context, next) => {
      deps.log.debug({ type: context.activity.type }, 'Teams: activity type not used by Boussole; ignored');
      await next();
    });
  }
}
