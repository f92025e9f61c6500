import { InstallProvider, type InstallURLOptions } from '@slack/oauth';
import type { Express } from 'express';
import type { SlackMode } from '../../src/config/env.js';
import type { Logger } from '../../src/log/logger.js';
import { boltLogger } from './bolt-logger.js';
import { errorSummary } from './identity.js';
import type { MongoInstallationStore } from './installation-store.js';
import { SLACK_BOT_SCOPES } from './usage.js';

export const OAUTH_PATHS = { install: '/slack/install', redirect: '/slack/oauth_redirect' } as const;

/**
 * Many workspaces: the OAuth installer over the MongoDB installation store. It is built here
 * rather than by Bolt's receiver so the install routes live on Boussole's one HTTP server in both
 * HTTP and Socket Mode (Bolt's Socket Mode receiver would open a second server for them).
 */
export function createInstaller(mode: Extract<SlackMode, { kind: 'oauth' }>, store: MongoInstallationStore, log: Logger, slackApiUrl: string | undefined): InstallProvider {
  return new InstallProvider({
    clientId: mode.clientId,
    clientSecret: mode.clientSecret,
    stateSecret: mode.stateSecret,
    installationStore: store,
    // /slack/install sends the browser straight to Slack's consent page.
    directInstall: true,
    logger: boltLogger(log),
    ...(slackApiUrl ? { clientOptions: { slackApiUrl } } : {}),
  });
}

/** `GET /slack/install` and `GET /slack/oauth_redirect` on the shared express app. */
export function mountOAuthRoutes(app: Express, installer: InstallProvider, log: Logger, publicHostname: string | undefined): void {
  const options: InstallURLOptions = {
    scopes: SLACK_BOT_SCOPES,
    // Without PUBLIC_HOSTNAME, Slack uses the redirect URL declared in the app's manifest.
    ...(publicHostname ? { redirectUri: `https://${publicHostname}${OAUTH_PATHS.redirect}` } : {}),
  };
  app.get(OAUTH_PATHS.install, async (req, res) => {
    try {
      await installer.handleInstallPath(req, res, {}, options);
    } catch (error) {
      log.error({ err: errorSummary(error) }, 'the Slack install page failed');
      if (!res.headersSent) res.status(500).type('text/plain').send('The Slack installation could not start. Please try again.');
    }
  });
  app.get(OAUTH_PATHS.redirect, async (req, res) => {
    try {
      await installer.handleCallback(req, res, {
        failure: (error, _options, _req, response) => {
          log.warn({ err: errorSummary(error) }, 'a Slack installation failed');
          response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
          response.end('The Slack installation did not complete. Please start again from /slack/install.');
        },
      });
    } catch (error) {
      log.error({ err: errorSummary(error) }, 'the Slack OAuth callback failed');
      if (!res.headersSent) res.status(500).type('text/plain').send('The Slack installation failed. Please try again.');
    }
  });
}
