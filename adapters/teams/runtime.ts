import { CloudAdapter, type ConfigurationBotFrameworkAuthentication, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import type { Request, Response } from 'express';
import type { Notifier } from '../../src/core/ports/notifier.js';
import type { PeopleLookup } from '../../src/core/ports/people.js';
import type { Logger } from '../../src/log/logger.js';
import type { TeamsConfig } from './auth.js';
import { BoussoleTeamsBot } from './bot/boussole-bot.js';
import { CachingBotFrameworkAuthentication } from './connector-cache.js';
import type { MountTeamsOptions } from './mount.js';
import { createTeamsNotifier } from './notify/teams-notifier.js';
import { TeamsPeopleLookup } from './people-lookup.js';

/** What of Teams needs botbuilder: the CloudAdapter, the bot, and what reaches Teams outside a turn. */
export interface TeamsRuntime {
  /** One POST /api/messages, its envelope already checked: the adapter verifies the token and runs the bot. */
  process(req: Request, res: Response): Promise<void>;
  notifier: Notifier;
  people: PeopleLookup;
}

/** Builds the botbuilder side of Teams (mount.ts loads this module on first use). */
export function teamsRuntime(options: MountTeamsOptions, logger: Logger): TeamsRuntime {
  const { config, engine, repositories } = options;
  const adapter = new CloudAdapter(createBotAuthentication(config.teams));
  const bot = new BoussoleTeamsBot({ engine, repositories, log: logger, defaults: config.defaults, ...(options.documentLink ? { documentLink: options.documentLink } : {}) });
  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, type: context.activity.type }, 'Teams: a turn failed');
  };
  const appId = config.teams.appId ?? '';
  return {
    process: (req, res) => adapter.process(req, res, (context) => bot.run(context)),
    notifier: createTeamsNotifier({ adapter, appId, repositories, log: logger, defaults: config.defaults, ...options.notifier }),
    people: new TeamsPeopleLookup(adapter, appId, repositories.teamsConversations, logger),
  };
}

/**
 * The Bot Framework authentication from our variables. Without MICROSOFT_APP_ID, botbuilder treats
 * authentication as disabled (inbound tokens are not checked, outbound calls carry none): the
 * local-emulation mode. The app type is then MultiTenant because botbuilder's SingleTenant check
 * insists on an app id.
 */
function createBotAuthentication(teams: TeamsConfig): ConfigurationBotFrameworkAuthentication {
  const options: ConfigurationBotFrameworkAuthenticationOptions = teams.appId
    ? {
        MicrosoftAppId: teams.appId,
        MicrosoftAppPassword: teams.appPassword ?? '',
        MicrosoftAppType: teams.appType === 'UserAssignedMSI' ? 'UserAssignedMsi' : teams.appType,
        MicrosoftAppTenantId: teams.tenantId ?? '',
      }
    : { MicrosoftAppType: 'MultiTenant' };
  return new CachingBotFrameworkAuthentication(options);
}
