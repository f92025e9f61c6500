import { z } from 'zod';
import { userValueSchema } from '../core/dialogue/values.js';
import { tenantIdField } from '../core/tenant-id.js';

/** A reminder the entry's schedule plans; whether it is still to send is the queue's business. */
export const reminderSchema = z.object({
  /** `before-<minutes>` or `follow-up`: unique within one schedule. */
  key: z.string(),
  dueAt: z.date(),
});
export type Reminder = z.infer<typeof reminderSchema>;

export const handEditableSchema = z.enum(['at', 'topic', 'platform', 'owner']);
export type HandEditable = z.infer<typeof handEditableSchema>;

/**
 * Read in place of the schedule id of an entry saved by an earlier version, until the hourly
 * calendar-upgrade job upgrades it (CalendarRepository.upgradeLegacyEntries): the entry stays readable meanwhile.
 */
export const LEGACY_SCHEDULE = 'legacy';

export const calendarEntrySchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  /** The short reference users type: `calendar cancel k3f9`. */
  ref: z.string().min(1).max(40),
  kind: z.enum(['post', 'training']),
  at: z.date(),
  platform: z.string().max(60).optional(),
  topic: z.string().min(1).max(300),
  owner: userValueSchema.optional(),
  material: z.string().max(300).optional(),
  source: z.enum(['command', 'plan']),
  /**
   * The fields of a plan entry someone changed by hand (`calendar change`): the plan's sync keeps
   * them as they are instead of putting back what step 4 or 6 says.
   */
  handEdited: z.array(handEditableSchema).optional(),
  /** The last difference between the plan and a hand change already told to a person: told once. */
  divergenceTold: z.string().optional(),
  /** A draft is dated before go-live while the plan is not ready: no reminder until confirmed (go-live-gate.ts). */
  status: z.enum(['draft', 'scheduled', 'published', 'cancelled']),
  /** Bumped by each change: guards read-modify-write updates against a concurrent change. */
  revision: z.number().int().min(0),
  /**
   * Names the computation of `reminders`: a new one each time the entry moves, so the wake-ups
   * queued for an earlier time are recognised as stale, and the posts get fresh idempotency keys.
   */
  scheduleId: z.string().min(1).default(LEGACY_SCHEDULE),
  /** The reminders still wanted (a cancelled entry has none; a published one keeps its follow-up). */
  reminders: z.array(reminderSchema),
  publishedAt: z.date().optional(),
  createdBy: z.string().optional(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type CalendarEntry = z.infer<typeof calendarEntrySchema>;
