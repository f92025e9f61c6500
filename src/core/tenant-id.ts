import { z } from 'zod';
import type { Platform } from './events.js';

export const PLATFORMS = ['slack', 'teams', 'console'] as const satisfies readonly Platform[];

declare const tenantIdBrand: unique symbol;

/**
 * Boussole's id of a tenant: its platform, a colon, and the platform's own id of the team
 * (`slack:T0123`, `teams:<AAD tenant>:<team>`, `console:local`). Branded so that only `makeTenantId`
 * and `parseTenantId` make one: every store, job and notifier routes on the prefix.
 */
export type TenantId = string & { readonly [tenantIdBrand]: true };

export interface ParsedTenantId {
  id: TenantId;
  platform: Platform;
  /** The platform's id of the team; it may itself contain colons (Teams). */
  externalId: string;
}

const tenantIdSchema = z.templateLiteral([z.enum(PLATFORMS), ':', z.string().min(1)]);

/** The one way to build a tenant id. */
export function makeTenantId(platform: Platform, externalId: string): TenantId {
  return `${platform}:${externalId}` as TenantId;
}

/** The one way to read a tenant id: its platform and external id, or undefined when it is not one. */
export function parseTenantId(value: string): ParsedTenantId | undefined {
  if (!tenantIdSchema.safeParse(value).success) return undefined;
  const colon = value.indexOf(':');
  return { id: value as TenantId, platform: value.slice(0, colon) as Platform, externalId: value.slice(colon + 1) };
}

/** A tenant id inside a zod schema (stored documents, messages between processes): checked, then branded. */
export const tenantIdField = z
  .string()
  .refine((value) => tenantIdSchema.safeParse(value).success, { message: 'not a tenant id (<platform>:<id>)' })
  .transform((value) => value as TenantId);
