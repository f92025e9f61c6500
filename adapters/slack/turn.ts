import type { InboundEvent } from '../../src/core/events.js';
import type { Engine } from '../../src/core/ports/engine.js';
import type { Reply } from '../../src/core/replies.js';
import type { Logger } from '../../src/log/logger.js';
import { SLACK_TEXT } from './i18n.js';

/**
 * One turn through the engine. A failure (the database is down, a bug) becomes a polite "try
 * again" for the user and an error in the log, never an unhandled rejection in Bolt.
 */
export async function runTurn(engine: Engine, event: InboundEvent, log: Logger): Promise<{ replies: Reply[]; failed: boolean }> {
  try {
    return { replies: await engine.handle(event), failed: false };
  } catch (error) {
    log.error({ err: error, tenant: event.tenant.id, user: event.user.id, input: event.input.kind }, 'the engine failed on a Slack event');
    return { replies: [{ kind: 'text', text: SLACK_TEXT.t(event.locale ?? 'en', 'tryAgain') }], failed: true };
  }
}
