import type { webApi } from '@slack/bolt';
import type { Config } from '../../../src/config/env.js';
import type { InboundEvent, InboundInput } from '../../../src/core/events.js';
import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Engine } from '../../../src/core/ports/engine.js';
import type { Logger } from '../../../src/log/logger.js';
import type { ProcessedKeys } from '../../../src/store/processed-keys.js';
import type { TenantsRepository } from '../../../src/tenants/tenant-repository.js';
import type { UserPrefsRepository } from '../../../src/tenants/user-prefs.js';
import type { RecentTriggers } from '../dedup.js';
import type { DirectMessages } from '../direct-messages.js';
import type { HomePublisher } from '../app-home/publish.js';
import { tenantExternalId, type UserDirectory } from '../identity.js';
import type { MongoInstallationStore } from '../installation-store.js';
import { slackTenantDefaults, slackTenantId } from '../tenant.js';
import { personLanguage } from '../../../src/core/i18n/person-language.js';

/** What the listeners share. */
export interface ListenerDeps {
  engine: Engine;
  log: Logger;
  config: Config;
  /** Where Slack's retried events are claimed once, across instances. */
  processedKeys: ProcessedKeys;
  /** Where commands' and interactions' trigger ids are claimed once, in this process (see dedup.ts). */
  recentTriggers: RecentTriggers;
  tenants: TenantsRepository;
  /** Where a person's chosen Boussole language is kept. */
  userPrefs: Pick<UserPrefsRepository, 'get'>;
  directory: UserDirectory;
  dms: DirectMessages;
  home: HomePublisher;
  /** OAuth mode only: where uninstalls and revoked tokens are applied. */
  installations?: MongoInstallationStore;
}

export interface SlackContextLike {
  isEnterpriseInstall?: boolean;
  enterpriseId?: string;
  teamId?: string;
}

/**
 * Who acts, where: the tenant, the user (name, admin) and the language Slack reports for them. The
 * person's Boussole language is the engine's to read on a turn; the adapter reads it itself only
 * where it speaks without the engine (`localeOf`), so a turn costs no extra database read.
 */
export interface Actor {
  tenant: string;
  user: InboundEvent['user'];
  platformLocale?: Locale;
}

const ensured = new WeakMap<TenantsRepository, Set<string>>();

export async function actorOf(deps: ListenerDeps, client: webApi.WebClient, context: SlackContextLike, userId: string): Promise<Actor> {
  const tenant = tenantExternalId(context);
  if (!tenant) throw new Error('a Slack request without a team or enterprise id');
  await ensureTenant(deps, tenant);
  const person = await deps.directory.lookup(client, slackTenantId(tenant), userId);
  return {
    tenant,
    user: { id: userId, isAdmin: person.isAdmin, ...(person.name ? { name: person.name } : {}) },
    ...(person.locale ? { platformLocale: person.locale } : {}),
  };
}

/** The language the adapter speaks to the person: their Boussole language, else Slack's, else the team's. */
export async function localeOf(deps: ListenerDeps, actor: Actor): Promise<Locale> {
  return personLanguage(await deps.userPrefs.get(slackTenantId(actor.tenant), actor.user.id), actor.platformLocale) ?? deps.config.defaults.locale;
}

/**
 * The language of a "try again" after a failed turn, read only then: the database may be what
 * failed, and the person must still hear back, in Slack's language or the team's.
 */
export function fallbackLocale(deps: ListenerDeps, actor: Actor): () => Promise<Locale> {
  return () => localeOf(deps, actor).catch(() => actor.platformLocale ?? deps.config.defaults.locale);
}

/** The tenant exists from its first event on (single-workspace mode has no install step). */
async function ensureTenant(deps: ListenerDeps, tenant: string): Promise<void> {
  let seen = ensured.get(deps.tenants);
  if (!seen) ensured.set(deps.tenants, (seen = new Set()));
  if (seen.has(tenant)) return;
  await deps.tenants.ensure(slackTenantDefaults(deps.config, tenant));
  seen.add(tenant);
}

export function inboundEvent(actor: Actor, dmChannel: string, input: InboundInput): InboundEvent {
  return {
    tenant: { platform: 'slack', id: actor.tenant },
    user: actor.user,
    conversation: { id: dmChannel, kind: 'direct' },
    ...(actor.platformLocale ? { locale: actor.platformLocale } : {}),
    input,
  };
}
