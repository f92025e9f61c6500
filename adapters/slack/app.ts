import { App, ExpressReceiver, SocketModeReceiver, type AnyMiddlewareArgs, type Authorize, type CodedError, type Middleware, type Receiver } from '@slack/bolt';
import type { Express } from 'express';
import type { Logger } from '../../src/log/logger.js';
import { boltLogger } from './bolt-logger.js';
import { SLACK_TEXT } from './i18n.js';
import { errorSummary } from './identity.js';
import { InstallationNotFound } from './installation-store.js';

export const EVENTS_PATH = '/slack/events';

export interface BoltAppOptions {
  /** Boussole's one HTTP application: `POST /slack/events` is added to it. */
  http: Express;
  signingSecret: string;
  /** Set: Socket Mode, no public endpoint. */
  appToken: string | undefined;
  slackApiUrl: string | undefined;
  authorize: Authorize<boolean>;
  log: Logger;
  defaultLocale: 'fr' | 'en';
}

/** Web API options for interactive replies: a few quick retries, not the client's 30-minute policy. */
export function interactiveClientOptions(slackApiUrl: string | undefined, log: Logger) {
  return {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    logger: boltLogger(log),
    retryConfig: { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 2000 },
    timeout: 10_000,
  };
}

/**
 * The Bolt app. Over HTTP its ExpressReceiver verifies every request's signature and timestamp
 * (forged or older than 5 minutes: 401) and acknowledges as soon as a listener calls ack(), before
 * the listener's slower work (processBeforeResponse: false). With an app token it uses Socket Mode.
 */
export function createBoltApp(options: BoltAppOptions): { bolt: App; socketMode: boolean } {
  const logger = boltLogger(options.log);
  const clientOptions = interactiveClientOptions(options.slackApiUrl, options.log);
  const receiver: Receiver = options.appToken
    ? new SocketModeReceiver({ appToken: options.appToken, logger, installerOptions: { clientOptions } })
    : new ExpressReceiver({ signingSecret: options.signingSecret, app: options.http, endpoints: EVENTS_PATH, logger, processBeforeResponse: false });
  const bolt = new App({
    receiver,
    authorize: options.authorize,
    logger,
    clientOptions,
    // Dialogue state lives in MongoDB (the engine's sessions), not in Bolt's memory store.
    convoStore: false,
    extendedErrorHandler: true,
  });
  bolt.use(acknowledgeMalformed(options.log));
  bolt.error((async ({ error, body }: { error: CodedError; body?: unknown }) => {
    const notInstalled = error.original instanceof InstallationNotFound || String(error.message).includes('is not installed');
    options.log.error({ err: errorSummary(error), code: error.code }, notInstalled ? 'a Slack request from a workspace without an installation' : 'a Slack request failed');
    // A command's user would otherwise see Slack's bare "dispatch_failed".
    const responseUrl = (body as { response_url?: unknown } | undefined)?.response_url;
    if (typeof responseUrl === 'string' && error.code === 'slack_bolt_authorization_error') {
      await fetch(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', text: SLACK_TEXT.t(options.defaultLocale, 'tryAgain') }),
      }).catch(() => {});
    }
  }) as unknown as Parameters<App['error']>[0]);
  return { bolt, socketMode: options.appToken !== undefined };
}

/**
 * An interaction no listener can match (no actions, no view) would otherwise wait 3 seconds and
 * get a 404: it is acknowledged and dropped here, with a warning.
 */
function acknowledgeMalformed(log: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as { type?: unknown; actions?: unknown; view?: unknown };
    const malformed =
      (body.type === 'block_actions' && (!Array.isArray(body.actions) || body.actions.length === 0)) ||
      (body.type === 'view_submission' && (typeof body.view !== 'object' || body.view === null));
    if (!malformed) {
      await args.next();
      return;
    }
    log.warn({ type: body.type }, 'a malformed Slack interaction was acknowledged and dropped');
    if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
  };
}
