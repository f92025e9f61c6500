import { webApi } from '@slack/bolt';
import type { Express } from 'express';
import type { Config } from '../../src/config/env.js';
import type { Engine } from '../../src/core/ports/engine.js';
import type { Channel } from '../../src/core/ports/channel.js';
import type { Logger } from '../../src/log/logger.js';
import { SlackChannelDirectory } from './channel-directory.js';
import { slackOffChannel } from './off.js';
import type { Repositories } from '../../src/app/repositories.js';
import type { SlackRepositories } from './repositories.js';
import { createBoltApp } from './app.js';
import { singleWorkspaceAuthorize } from './authorize.js';
import { DirectMessages } from './direct-messages.js';
import { RecentTriggers } from './dedup.js';
import { planSection, type PlanStatusSource, type StepTitle } from './app-home/plan-section.js';
import { HomePublisher, type HomeSection } from './app-home/publish.js';
import { UserDirectory } from './identity.js';
import { SlackPeopleLookup } from './people-lookup.js';
import { MongoInstallationStore } from './installation-store.js';
import { registerListeners } from './listeners/index.js';
import { gatedEngine, TurnGate } from './turn-gate.js';
import { SlackNotifier, type BotTokenSource } from './notifier.js';
import { createInstaller, mountOAuthRoutes } from './oauth.js';

export type { HomeContext, HomeSection } from './app-home/publish.js';
export type { PlanStatusSource, StepTitle } from './app-home/plan-section.js';

export interface MountSlackOptions {
  /** Boussole's one HTTP application (createHttpApp): Slack's routes are added to it. */
  app: Express;
  config: Config;
  log: Logger;
  engine: Engine;
  repositories: Pick<Repositories, 'tenants' | 'processedKeys' | 'userPrefs'> & SlackRepositories;
  /** What the App Home's plan overview reads (the engine's PlanStore fits). */
  plans: PlanStatusSource;
  /** Step titles for the App Home (default "Step N"). */
  stepTitle?: StepTitle;
  /** More App Home sections after the plan (calendar, comments…), in display order. */
  homeSections?: HomeSection[];
}

/** When no Slack variables are set, nothing is mounted: the notifier and the directory decline. */
export interface SlackMount extends Channel {
  readonly platform: 'slack';
}

/**
 * Slack, mounted on Boussole's HTTP app: `POST /slack/events` (commands, interactivity, events),
 * plus `/slack/install` and `/slack/oauth_redirect` in OAuth mode; Socket Mode instead of the
 * events endpoint when SLACK_APP_TOKEN is set. Returns the Slack channel: its notifier for jobs, its
 * channel directory for settings.
 */
export async function mountSlack(options: MountSlackOptions): Promise<SlackMount> {
  const { config, repositories } = options;
  const log = options.log.child({ component: 'slack' });
  const mode = config.slack.mode;
  if (mode.kind === 'off') return slackOffChannel(log);
  const slackApiUrl = config.slack.apiUrl;
  let installations: MongoInstallationStore | undefined;
  let tokens: BotTokenSource;
  let authorize;
  let warm = async () => {};
  if (mode.kind === 'single') {
    const single = singleWorkspaceAuthorize(new webApi.WebClient(undefined, slackApiUrl ? { slackApiUrl, retryConfig: { retries: 1 } } : { retryConfig: { retries: 1 } }), mode.botToken);
    authorize = single.authorize;
    warm = single.warm;
    tokens = { tokenFor: async () => mode.botToken };
  } else {
    const store = new MongoInstallationStore(repositories.slackInstallations, repositories.tenants, config, log);
    installations = store;
    const installer = createInstaller(mode, store, log, slackApiUrl);
    mountOAuthRoutes(options.app, installer, log, config.publicHostname);
    authorize = installer.authorize;
    tokens = { tokenFor: async (tenantId) => (await store.get(tenantId))?.bot.token };
  }

  // One cache of who people are, for turns and for naming people stored by id only.
  const users = new UserDirectory(log);
  const { bolt, socketMode } = createBoltApp({
    http: options.app,
    signingSecret: mode.signingSecret,
    appToken: config.slack.appToken,
    slackApiUrl,
    authorize,
    log,
    defaultLocale: config.defaults.locale,
  });
  registerListeners(bolt, {
    engine: gatedEngine(options.engine, new TurnGate(config.slack.maxConcurrentTurns), log),
    log,
    config,
    processedKeys: repositories.processedKeys,
    recentTriggers: new RecentTriggers(),
    tenants: repositories.tenants,
    userPrefs: repositories.userPrefs,
    directory: users,
    dms: new DirectMessages(),
    home: new HomePublisher([planSection(options.plans, options.stepTitle), ...(options.homeSections ?? [])], log),
    ...(installations ? { installations } : {}),
  });
  void warm();

  let started = false;
  if (socketMode) {
    // A failed connection must not stop the rest of Boussole (Teams, jobs): it is logged, and
    // the Socket Mode client keeps reconnecting by itself once connected.
    await bolt.start().then(
      () => {
        started = true;
        log.info({ mode: mode.kind }, 'Slack connected over Socket Mode');
      },
      (error: unknown) => log.error({ err: error }, 'Slack Socket Mode could not connect; check SLACK_APP_TOKEN'),
    );
  } else {
    log.info({ mode: mode.kind }, 'Slack listens on POST /slack/events');
  }

  const notifier = new SlackNotifier({ tokens, tenants: repositories.tenants, userPrefs: repositories.userPrefs, processedKeys: repositories.processedKeys, log, ...(slackApiUrl ? { slackApiUrl } : {}) });
  return {
    platform: 'slack',
    notifier,
    directory: new SlackChannelDirectory(tokens, log, slackApiUrl),
    people: new SlackPeopleLookup(tokens, users, slackApiUrl),
    async stop() {
      if (started) await bolt.stop();
    },
  };
}
