import { CloudAdapter, type TurnContext } from 'botbuilder';
import type { Express } from 'express';
import type { Config } from '../../src/config/env.js';
import type { Engine } from '../../src/core/ports/engine.js';
import type { Channel } from '../../src/core/ports/channel.js';
import { TeamsChannelDirectory } from './channel-directory.js';
import type { Logger } from '../../src/log/logger.js';
import type { DocumentLinkMaker } from '../../src/documents/docx/download-link.js';
import type { Repositories } from '../../src/app/repositories.js';
import type { TeamsRepositories } from './repositories.js';
import { createBotAuthentication, isAuthenticated } from './auth.js';
import { BoussoleTeamsBot } from './bot/boussole-bot.js';
import { mountMessagesRoute } from './http/messages-route.js';
import { createTeamsNotifier } from './notify/teams-notifier.js';
import { TeamsPeopleLookup } from './people-lookup.js';

export interface MountTeamsOptions {
  app: Express;
  config: Pick<Config, 'teams' | 'defaults'>;
  log: Logger;
  engine: Engine;
  repositories: Pick<Repositories, 'tenants' | 'processedKeys' | 'userPrefs'> & TeamsRepositories;
  /** Overrides for tests: extra attempts after a 429, and the first wait. */
  notifier?: { rateLimitRetries?: number; rateLimitDelayMs?: number };
  /** Private download links for the Word copies of documents. */
  documentLink?: DocumentLinkMaker;
}

export interface TeamsChannel extends Channel {
  readonly platform: 'teams';
}

/**
 * Microsoft Teams on Boussole's HTTP app: the CloudAdapter, `POST /api/messages`, the bot, and the
 * Teams notifier. The adapter wiring stays here; the bot's logic lives in `bot/`.
 */
export async function mountTeams(options: MountTeamsOptions): Promise<TeamsChannel> {
  const { app, config, log, engine, repositories } = options;
  const authenticated = isAuthenticated(config.teams);
  const adapter = new CloudAdapter(createBotAuthentication(config.teams));
  const logger = log.child({ channel: 'teams' });
  const bot = new BoussoleTeamsBot({ engine, repositories, log: logger, defaults: config.defaults, ...(options.documentLink ? { documentLink: options.documentLink } : {}) });

  adapter.onTurnError = async (context, error) => {
    logger.error({ err: error, type: context.activity.type }, 'Teams: a turn failed');
  };

  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => {});
    return work;
  };

  mountMessagesRoute(app, {
    adapter,
    logic: (context: TurnContext) => bot.run(context),
    authenticated,
    log: logger,
    track,
  });

  if (authenticated) {
    logger.info({ appType: config.teams.appType }, 'Teams: POST /api/messages verifies Bot Framework tokens');
  } else {
    logger.warn('Teams: MICROSOFT_APP_ID is not set — POST /api/messages runs unauthenticated, for local testing only (Microsoft 365 Agents Playground)');
  }

  const notifier = createTeamsNotifier({
    adapter,
    appId: config.teams.appId ?? '',
    repositories,
    log: logger,
    defaults: config.defaults,
    ...options.notifier,
  });

  return {
    platform: 'teams',
    notifier,
    directory: new TeamsChannelDirectory(options.repositories.teamsConversations),
    people: new TeamsPeopleLookup(adapter, config.teams.appId ?? '', options.repositories.teamsConversations, logger),
    async stop() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
