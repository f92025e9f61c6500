import type { InboundEvent } from '../../src/core/events.js';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Engine } from '../../src/core/ports/engine.js';
import type { Reply } from '../../src/core/replies.js';
import type { Logger } from '../../src/log/logger.js';
import { SLACK_TEXT } from './i18n.js';

/**
 * One turn through the engine, with the language its replies are in (the person's Boussole
 * language, which the adapter's own words follow). A failure (the database is down, a bug)
 * becomes a polite "try again" in the `fallback` language (looked up only then) and an error in
 * the log, never an unhandled rejection in Bolt.
 */
export async function runTurn(engine: Engine, event: InboundEvent, log: Logger, fallback: () => Promise<Locale>): Promise<{ replies: Reply[]; locale: Locale; failed: boolean }> {
  try {
    return { ...(await engine.respond(event)), failed: false };
  } catch (error) {
    log.error({ err: error, tenant: event.tenant.id, user: event.user.id, input: event.input.kind }, 'the engine failed on a Slack event');
    const locale = await fallback();
    return { replies: [{ kind: 'text', text: SLACK_TEXT.t(locale, 'tryAgain') }], locale, failed: true };
  }
}
