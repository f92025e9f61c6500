import { z } from 'zod';

const account = z.object({ id: z.string().min(1).max(500) }).passthrough();

/**
 * The envelope every activity must have before it reaches the CloudAdapter: the adapter needs a
 * type, a service URL to answer on, a conversation, a sender and a recipient. The rest is read by
 * the bot, which checks the fields it uses.
 */
export const inboundActivitySchema = z
  .object({
    type: z.string().min(1).max(100),
    id: z.string().max(500).optional(),
    serviceUrl: z.string().url().refine((url) => /^https?:\/\//i.test(url), 'expected an http(s) URL'),
    channelId: z.string().min(1).max(100),
    conversation: z.object({ id: z.string().min(1).max(1000) }).passthrough(),
    from: account,
    recipient: account,
    text: z.string().max(30_000).optional(),
  })
  .passthrough();

export type InboundActivity = z.infer<typeof inboundActivitySchema>;

/** One line naming what is wrong, for the 400 answer. */
export function describeInvalid(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'malformed activity';
  const path = issue.path.join('.') || 'body';
  return `malformed activity: ${path}: ${issue.message}`;
}
