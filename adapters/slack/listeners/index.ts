import type { App } from '@slack/bolt';
import { VIEW_CALLBACK_ID } from '../action-codec.js';
import { SLACK_COMMAND, SLACK_EVENTS } from '../usage.js';
import { blockActions } from './actions/block-actions.js';
import { boussoleCommand } from './commands/boussole.js';
import type { ListenerDeps } from './deps.js';
import { appHomeOpened } from './events/app-home-opened.js';
import { appUninstalled } from './events/app-uninstalled.js';
import { messageIm } from './events/message-im.js';
import { tokensRevoked } from './events/tokens-revoked.js';
import { answerModalSubmitted } from './views/answer-modal.js';

/** The part of a Bolt app listeners register on (a test records the registrations). */
export type ListenerRegistry = Pick<App, 'command' | 'event' | 'action' | 'view'>;

/** Bolt delivers `message.im` as a `message` event; the listener keeps only DMs. */
export const BOLT_EVENT_OF = {
  [SLACK_EVENTS.appHomeOpened]: 'app_home_opened',
  [SLACK_EVENTS.messageIm]: 'message',
  [SLACK_EVENTS.appUninstalled]: 'app_uninstalled',
  [SLACK_EVENTS.tokensRevoked]: 'tokens_revoked',
} as const;

export function registerListeners(app: ListenerRegistry, deps: ListenerDeps): void {
  app.command(SLACK_COMMAND, boussoleCommand(deps));
  app.event(BOLT_EVENT_OF[SLACK_EVENTS.messageIm], messageIm(deps));
  app.event(BOLT_EVENT_OF[SLACK_EVENTS.appHomeOpened], appHomeOpened(deps));
  app.event(BOLT_EVENT_OF[SLACK_EVENTS.appUninstalled], appUninstalled(deps));
  app.event(BOLT_EVENT_OF[SLACK_EVENTS.tokensRevoked], tokensRevoked(deps));
  // Every action: Boussole's controls start with `bsl.`, and anything else is refused clearly
  // by the same listener rather than left unacknowledged.
  app.action(/.*/, blockActions(deps));
  app.view(VIEW_CALLBACK_ID, answerModalSubmitted(deps));
}
