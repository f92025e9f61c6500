import { z } from 'zod';
import { userValueSchema } from '../core/dialogue/values.js';
import { tenantIdField } from '../core/tenant-id.js';

export const commentSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  ref: z.string().min(1).max(40),
  platform: z.string().min(1).max(60),
  author: z.string().min(1).max(200),
  link: z.string().max(2000).optional(),
  text: z.string().min(1).max(4000),
  kind: z.string().min(1).max(60),
  receivedAt: z.date(),
  /** Receipt + the playbook's delay: the first alert goes out when it passes. */
  dueAt: z.date(),
  /** Receipt + twice the delay: the escalation goes out when it passes. */
  escalateAt: z.date(),
  delayHours: z.number().positive(),
  assignee: userValueSchema.optional(),
  assigneeRole: z.string().max(200).optional(),
  backup: userValueSchema.optional(),
  escalationContact: userValueSchema.optional(),
  /** The playbook's senior PR supervisor, kept for a sensitive kind (angry, abusive) only. */
  supervisor: userValueSchema.optional(),
  status: z.enum(['open', 'answered']),
  answeredAt: z.date().optional(),
  answeredBy: z.string().optional(),
  responseMinutes: z.number().min(0).optional(),
  alertedAt: z.date().optional(),
  escalatedAt: z.date().optional(),
  /** When the scan must next look at this comment (absent once answered or escalated). */
  nextCheckAt: z.date().optional(),
  createdBy: z.string().optional(),
});
export type Comment = z.infer<typeof commentSchema>;
