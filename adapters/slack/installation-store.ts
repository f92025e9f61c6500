import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Config } from '../../src/config/env.js';
import type { Logger } from '../../src/log/logger.js';
import type { TenantsRepository } from '../../src/tenants/tenant-repository.js';
import type { SlackInstallation, SlackInstallationsRepository } from './installation-repository.js';
import { slackTenantDefaults, slackTenantId } from './tenant.js';
import type { TenantId } from '../../src/core/tenant-id.js';

/** Installations are read on every event (Bolt's authorize): a short cache keeps acks fast. */
const CACHE_MS = 5 * 60_000;
/** Beyond this, a lookup fails so Bolt still acknowledges within Slack's 3 seconds. */
const LOOKUP_TIMEOUT_MS = 2000;

export class InstallationNotFound extends Error {
  constructor(tenantId: string) {
    super(`Boussole is not installed in Slack tenant ${tenantId}`);
    this.name = 'InstallationNotFound';
  }
}

/**
 * The OAuth installation store (`@slack/oauth`'s InstallationStore) over MongoDB. Storing an
 * installation also creates the tenant (defaults from the configuration) and makes the installer
 * one of its owners.
 */
export class MongoInstallationStore implements InstallationStore {
  private readonly cache = new Map<string, { value: SlackInstallation | null; until: number }>();

  constructor(
    private readonly installations: SlackInstallationsRepository,
    private readonly tenants: TenantsRepository,
    private readonly config: Config,
    private readonly log: Logger,
  ) {}

  async storeInstallation(installation: Installation): Promise<void> {
    const externalId = installation.isEnterpriseInstall ? installation.enterprise?.id : installation.team?.id;
    if (!externalId || !installation.bot) {
      throw new Error('A Slack installation without a workspace/organization id or a bot token cannot be stored');
    }
    const tenantId = slackTenantId(externalId);
    const now = new Date().toISOString();
    const doc: SlackInstallation = {
      _id: tenantId,
      tenantId,
      teamId: installation.team?.id,
      teamName: installation.team?.name,
      enterpriseId: installation.enterprise?.id,
      enterpriseName: installation.enterprise?.name,
      enterpriseUrl: installation.enterpriseUrl,
      isEnterpriseInstall: installation.isEnterpriseInstall === true,
      appId: installation.appId,
      installerUserId: installation.user.id,
      bot: {
        token: installation.bot.token,
        id: installation.bot.id,
        userId: installation.bot.userId,
        scopes: installation.bot.scopes,
        refreshToken: installation.bot.refreshToken,
        expiresAt: installation.bot.expiresAt,
      },
      installedAt: now,
      updatedAt: now,
    };
    const saved = await this.installations.save(doc);
    this.cache.set(tenantId, { value: saved, until: Date.now() + CACHE_MS });
    const name = installation.isEnterpriseInstall ? installation.enterprise?.name : installation.team?.name;
    await this.tenants.ensure(slackTenantDefaults(this.config, externalId, name));
    await this.tenants.addOwner(tenantId, installation.user.id);
    this.log.info({ tenantId, installer: installation.user.id, scopes: installation.bot.scopes }, 'Slack installation stored; the installer is an owner');
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation> {
    const tenantId = tenantIdOfQuery(query);
    const doc = tenantId ? await this.get(tenantId) : null;
    if (!doc) throw new InstallationNotFound(tenantId ?? '(none)');
    return toInstallation(doc);
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const tenantId = tenantIdOfQuery(query);
    if (tenantId) await this.remove(tenantId);
  }

  /** The tenant's installation (cached), or null when Boussole is not installed there. */
  async get(tenantId: TenantId): Promise<SlackInstallation | null> {
    const hit = this.cache.get(tenantId);
    if (hit && hit.until > Date.now()) return hit.value;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the database did not answer within ${LOOKUP_TIMEOUT_MS} ms`)), LOOKUP_TIMEOUT_MS);
    });
    try {
      const value = await Promise.race([this.installations.get(tenantId), timeout]);
      this.cache.set(tenantId, { value, until: Date.now() + CACHE_MS });
      return value;
    } finally {
      clearTimeout(timer);
    }
  }

  async remove(tenantId: TenantId): Promise<boolean> {
    this.cache.delete(tenantId);
    const removed = await this.installations.remove(tenantId, { _id: tenantId });
    this.cache.delete(tenantId);
    return removed > 0;
  }
}

/** An org-wide install answers for every workspace of the organization. */
export function tenantIdOfQuery(query: InstallationQuery<boolean>): TenantId | undefined {
  if (query.isEnterpriseInstall && query.enterpriseId) return slackTenantId(query.enterpriseId);
  if (query.teamId) return slackTenantId(query.teamId);
  return query.enterpriseId ? slackTenantId(query.enterpriseId) : undefined;
}

function toInstallation(doc: SlackInstallation): Installation {
  return {
    team: doc.teamId ? { id: doc.teamId, ...(doc.teamName ? { name: doc.teamName } : {}) } : undefined,
    enterprise: doc.enterpriseId ? { id: doc.enterpriseId, ...(doc.enterpriseName ? { name: doc.enterpriseName } : {}) } : undefined,
    user: { id: doc.installerUserId, token: undefined, scopes: undefined },
    bot: doc.bot,
    isEnterpriseInstall: doc.isEnterpriseInstall,
    ...(doc.enterpriseUrl ? { enterpriseUrl: doc.enterpriseUrl } : {}),
    ...(doc.appId ? { appId: doc.appId } : {}),
    tokenType: 'bot',
    authVersion: 'v2',
  } as Installation;
}
