import { z } from 'zod';
import type { QuestionRef } from './replies.js';

/**
 * A question reference as it comes back from a platform control, checked before it reaches the
 * engine. Step 0 is a form (a short dialogue outside the ten steps), 1–10 the method's steps.
 */
export const questionRefSchema: z.ZodType<QuestionRef> = z.object({
  step: z.number().int().min(0).max(10),
  key: z.string().min(1).max(200),
  turn: z.number().int().min(0),
});
