import type { InboundEvent } from '../events.js';
import type { Reply } from '../replies.js';

/** The channel-agnostic core as adapters see it: one normalized event in, replies out. */
export interface Engine {
  handle(event: InboundEvent): Promise<Reply[]>;
}
