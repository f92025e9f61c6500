import { z } from 'zod';
import type { ConversationReference } from 'botbuilder';
import { tenantIdField } from '../../../src/core/tenant-id.js';

const accountSchema = z.object({
  id: z.string().min(1),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

/** The part of a Bot Framework conversation reference Boussole keeps to post later. */
export const storedReferenceSchema = z.object({
  serviceUrl: z.string().url(),
  channelId: z.string().min(1),
  conversation: z.object({
    id: z.string().min(1),
    tenantId: z.string().optional(),
    conversationType: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  bot: accountSchema,
  user: accountSchema.optional(),
  locale: z.string().optional(),
});
export type StoredReference = z.infer<typeof storedReferenceSchema>;

export const conversationKindSchema = z.enum(['personal', 'channel', 'group']);
export type ConversationKind = z.infer<typeof conversationKindSchema>;

/**
 * One Teams conversation Boussole may post into: a team channel, a group chat, or a user's
 * personal chat with the bot (then `userId` says whose). `active` turns false when Teams answers
 * 403 (bot removed, or blocked by the user); `ownersToldAt` records that the owners were told.
 */
export const conversationRecordSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  conversationId: z.string().min(1),
  kind: conversationKindSchema,
  userId: z.string().optional(),
  aadTenantId: z.string().optional(),
  reference: storedReferenceSchema,
  active: z.boolean(),
  inactiveSince: z.string().optional(),
  inactiveReason: z.string().max(500).optional(),
  ownersToldAt: z.string().optional(),
  updatedAt: z.string(),
});
export type ConversationRecord = z.infer<typeof conversationRecordSchema>;

type Account = z.infer<typeof accountSchema>;
const channelAccount = (account: Account) => ({ ...account, name: account.name ?? '' });

/** The stored reference in botbuilder's shape (its accounts require a name). */
export function toConversationReference(stored: StoredReference): Partial<ConversationReference> {
  return {
    serviceUrl: stored.serviceUrl,
    channelId: stored.channelId,
    conversation: { ...stored.conversation, name: '', isGroup: stored.conversation.isGroup ?? false, conversationType: stored.conversation.conversationType ?? '' },
    bot: channelAccount(stored.bot),
    ...(stored.user ? { user: channelAccount(stored.user) } : {}),
    ...(stored.locale ? { locale: stored.locale } : {}),
  };
}
