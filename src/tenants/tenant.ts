import { z } from 'zod';
import { LOCALES } from '../core/i18n/locale.js';
import { PLATFORMS, tenantIdField } from '../core/tenant-id.js';

/**
 * Zones already found valid. Building an Intl.DateTimeFormat to check a zone cost more than the rest
 * of a tenant's parse, on every turn; the valid zones are a finite list, so the set stays small.
 */
const validZones = new Set<string>();

const isIanaZone = (zone: string) => {
  if (validZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    validZones.add(zone);
    return true;
  } catch {
    return false;
  }
};

export const ianaZoneSchema = z.string().refine(isIanaZone, 'not an IANA time zone');

/** Where proactive posts go; ids are the platform's channel/conversation ids. */
export const tenantChannelsSchema = z.object({
  reminders: z.string().min(1).optional(),
  alerts: z.string().min(1).optional(),
  digest: z.string().min(1).optional(),
});

export const tenantSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  platform: z.enum(PLATFORMS),
  externalId: z.string(),
  name: z.string().max(200).optional(),
  locale: z.enum(LOCALES),
  timeZone: ianaZoneSchema,
  /** User ids allowed owner-only actions, besides the platform's admins (e.g. the installer). */
  // Defaulted because FerretDB 1.24 drops an empty array written by $setOnInsert.
  owners: z.array(z.string()).default([]),
  channels: tenantChannelsSchema,
  reminders: z.object({
    /** Minutes before a calendar entry at which a reminder is posted. */
    leadMinutes: z.array(z.number().int().min(1).max(60 * 24 * 30)).max(5),
    followUp: z.boolean(),
  }),
  digest: z.object({ weekday: z.number().int().min(1).max(7), hour: z.number().int().min(0).max(23) }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Tenant = z.infer<typeof tenantSchema>;
export type TenantChannels = z.infer<typeof tenantChannelsSchema>;
