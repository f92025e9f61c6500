import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Locale } from '../../src/core/i18n/locale.js';
import type { Logger } from '../../src/log/logger.js';
import type { TenantId } from '../../src/core/tenant-id.js';

/** Admin rights change rarely; a few minutes of cache spares one users.info per event. */
const CACHE_MS = 5 * 60_000;
const MAX_ENTRIES = 10_000;

/**
 * The tenant of a Slack request: the Grid organization for an org-wide install (one plan for the
 * whole organization), else the workspace.
 */
export function tenantExternalId(context: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string | undefined {
  if (context.isEnterpriseInstall && context.enterpriseId) return context.enterpriseId;
  return context.teamId ?? context.enterpriseId;
}

export interface SlackPerson {
  isAdmin: boolean;
  name?: string;
  locale?: Locale;
}

const usersInfoSchema = z.object({
  user: z.object({
    name: z.string().optional(),
    real_name: z.string().optional(),
    is_admin: z.boolean().optional(),
    is_owner: z.boolean().optional(),
    is_primary_owner: z.boolean().optional(),
    locale: z.string().optional(),
    profile: z.object({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
  }),
});

/**
 * Who a Slack user is, for the engine: the name to show, their language, and whether they are a
 * workspace admin or owner (owner-only decisions are the engine's; this reports Slack's word
 * faithfully). When users.info fails, the user is treated as not an admin, and not cached.
 */
export class UserDirectory {
  private readonly cache = new Map<string, { person: SlackPerson; until: number }>();

  constructor(private readonly log: Logger) {}

  async lookup(client: webApi.WebClient, tenantId: TenantId, userId: string): Promise<SlackPerson> {
    const key = `${tenantId}|${userId}`;
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.person;
    try {
      const parsed = usersInfoSchema.safeParse(await client.users.info({ user: userId, include_locale: true }));
      if (!parsed.success) throw new Error('users.info answered without a user');
      const u = parsed.data.user;
      const person: SlackPerson = {
        isAdmin: u.is_admin === true || u.is_owner === true || u.is_primary_owner === true,
        name: u.profile?.display_name || u.profile?.real_name || u.real_name || u.name,
        locale: localeOf(u.locale),
      };
      if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, { person, until: Date.now() + CACHE_MS });
      return person;
    } catch (error) {
      this.log.warn({ tenantId, userId, err: errorSummary(error) }, 'users.info failed; the user is taken as not an admin, and their name as unknown');
      return { isAdmin: false };
    }
  }

  forget(tenantId: TenantId): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${tenantId}|`)) this.cache.delete(key);
  }
}

/** Slack reports e.g. `fr-CA` or `en-US`; Boussole speaks French and English. */
export function localeOf(slackLocale: string | undefined): Locale | undefined {
  const language = slackLocale?.slice(0, 2).toLowerCase();
  return language === 'fr' || language === 'en' ? language : undefined;
}

/** An error as a log field: its code and Slack's error string, never the request (tokens). */
export function errorSummary(error: unknown): Record<string, unknown> {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; message?: unknown; data?: { error?: unknown } };
    return { code: e.code, error: e.data?.error, message: typeof e.message === 'string' ? e.message.replace(/xox[a-z]-[\w-]+/g, '[redacted]') : undefined };
  }
  return { message: String(error) };
}
