import type { InboundEvent } from '../events.js';
import type { Locale } from '../i18n/locale.js';
import type { Reply } from '../replies.js';

/** The replies of one event, and the language they are in: the person's Boussole language. */
export interface EngineAnswer {
  replies: Reply[];
  /**
   * What the adapter says its own words in (buttons, placeholders, refusals): after `langue fr`,
   * French, whatever the Slack or Teams client's language.
   */
  locale: Locale;
}

/** The channel-agnostic core as adapters see it: one normalized event in, replies out. */
export interface Engine {
  handle(event: InboundEvent): Promise<Reply[]>;
  respond(event: InboundEvent): Promise<EngineAnswer>;
}
