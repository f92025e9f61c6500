import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { TenantRepository } from '../../src/store/repository.js';
import { type TenantId, tenantIdField } from '../../src/core/tenant-id.js';

/**
 * One Slack installation per tenant (a workspace, or a Grid organization for org-wide installs),
 * as stored by the OAuth flow. Only the bot token is kept: Boussole asks for no user scopes.
 */
export const slackInstallationSchema = z.object({
  _id: z.string(),
  tenantId: tenantIdField,
  teamId: z.string().optional(),
  teamName: z.string().optional(),
  enterpriseId: z.string().optional(),
  enterpriseName: z.string().optional(),
  enterpriseUrl: z.string().optional(),
  isEnterpriseInstall: z.boolean(),
  appId: z.string().optional(),
  installerUserId: z.string(),
  bot: z.object({
    token: z.string().startsWith('xoxb-'),
    id: z.string(),
    userId: z.string(),
    scopes: z.array(z.string()),
    refreshToken: z.string().optional(),
    /** Seconds since the epoch, when token rotation is on. */
    expiresAt: z.number().optional(),
  }),
  installedAt: z.string(),
  updatedAt: z.string(),
});
export type SlackInstallation = z.infer<typeof slackInstallationSchema>;

export class SlackInstallationsRepository extends TenantRepository<SlackInstallation> {
  constructor(db: Db) {
    super(db, 'slack_installations', slackInstallationSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tenantId: 1 }, name: 'tenantId', unique: true }];
  }

  async get(tenantId: TenantId): Promise<SlackInstallation | null> {
    return this.findOne(tenantId, { _id: tenantId });
  }

  /**
   * Creates or replaces the tenant's installation (a reinstall brings new scopes or a new token);
   * the first installation date is kept.
   */
  async save(installation: SlackInstallation): Promise<SlackInstallation> {
    const existing = await this.get(installation.tenantId);
    const doc = this.parse(withoutUndefined({ ...installation, installedAt: existing?.installedAt ?? installation.installedAt }));
    await this.collection.replaceOne(this.scoped(doc.tenantId, { _id: doc._id }), doc, { upsert: true });
    return doc;
  }
}

/** The driver would store an undefined field as null, which the schema then rejects. */
function withoutUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
