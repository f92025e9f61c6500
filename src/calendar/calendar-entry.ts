import { z } from 'zod';
import { userValueSchema } from '../core/dialogue/values.js';

export const reminderSchema = z.object({
  /** `before-<minutes>` or `follow-up`: stable within one revision of the entry. */
  key: z.string(),
  dueAt: z.date(),
  sentAt: z.date().optional(),
  /** Delivery attempts that ended in a retriable failure. */
  attempts: z.number().int().min(0),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const calendarEntrySchema = z.object({
  _id: z.string(),
  tenantId: z.string(),
  /** The short reference users type: `calendar cancel k3f9`. */
  ref: z.string().min(1).max(40),
  kind: z.enum(['post', 'training']),
  at: z.date(),
  platform: z.string().max(60).optional(),
  topic: z.string().min(1).max(300),
  owner: userValueSchema.optional(),
  material: z.string().max(300).optional(),
  source: z.enum(['command', 'plan']),
  status: z.enum(['scheduled', 'published', 'cancelled']),
  /** Bumped by each change: a moved entry gets fresh reminders with fresh idempotency keys. */
  revision: z.number().int().min(0),
  reminders: z.array(reminderSchema),
  /** The earliest unsent reminder's due time (indexed; absent when nothing is left to send). */
  nextReminderAt: z.date().optional(),
  publishedAt: z.date().optional(),
  createdBy: z.string().optional(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;
