import type { Express } from 'express';
import type { Config } from '../../src/config/env.js';
import type { Engine } from '../../src/core/ports/engine.js';
import type { Channel } from '../../src/core/ports/channel.js';
import { TeamsChannelDirectory } from './channel-directory.js';
import type { Logger } from '../../src/log/logger.js';
import type { DocumentLinkMaker } from '../../src/documents/docx/download-link.js';
import type { Repositories } from '../../src/app/repositories.js';
import type { TeamsRepositories } from './repositories.js';
import { isAuthenticated } from './auth.js';
import { mountMessagesRoute } from './http/messages-route.js';
import type { TeamsRuntime } from './runtime.js';

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
 * Microsoft Teams on Boussole's HTTP app: `POST /api/messages` and the Teams notifier. botbuilder
 * (about 30 MB of a process's memory) is loaded on first use — the first activity, or the first
 * post or name look-up a job makes — so a server that never serves Teams never holds it. The
 * adapter wiring is in runtime.ts; the bot's logic lives in `bot/`.
 */
export async function mountTeams(options: MountTeamsOptions): Promise<TeamsChannel> {
  const { app, config, log } = options;
  const authenticated = isAuthenticated(config.teams);
  const logger = log.child({ channel: 'teams' });
  let loading: Promise<TeamsRuntime> | undefined;
  const runtime = () => {
    loading ??= import('./runtime.js').then(
      (module) => module.teamsRuntime(options, logger),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };

  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work)).catch(() => {});
    return work;
  };

  mountMessagesRoute(app, {
    process: async (req, res) => (await runtime()).process(req, res),
    authenticated,
    log: logger,
    track,
  });

  if (authenticated) {
    logger.info({ appType: config.teams.appType }, 'Teams: POST /api/messages verifies Bot Framework tokens');
  } else {
    logger.warn('Teams: MICROSOFT_APP_ID is not set — POST /api/messages runs unauthenticated, for local testing only (Microsoft 365 Agents Playground)');
  }

  return {
    platform: 'teams',
    notifier: { post: async (...args) => (await runtime()).notifier.post(...args) },
    directory: new TeamsChannelDirectory(options.repositories.teamsConversations),
    people: { names: async (...args) => (await runtime()).people.names(...args) },
    async stop() {
      await Promise.allSettled([...inFlight]);
    },
  };
}
