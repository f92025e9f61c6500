import type { Reply } from '../../../src/core/replies.js';
import type { RenderContext } from './elements.js';
import { packSegments, type CardActivity } from './pack.js';
import { replySegment } from './reply-elements.js';

export type { RenderContext, CardActivity };

/** The engine's replies as Teams messages: Adaptive Cards 1.5, each under the size limit. */
export function renderReplies(replies: Reply[], ctx: RenderContext): CardActivity[] {
  return packSegments(replies.map((reply) => replySegment(reply, ctx)), ctx.locale);
}
