import type { Db, IndexDescription } from 'mongodb';
import { z } from 'zod';
import { TenantRepository } from '../../store/repository.js';
import { hashToken, newPrivateToken, tokenMatches } from '../../links/private-token.js';
import { type TenantId, tenantIdField } from '../../core/tenant-id.js';

const subscriptionSchema = z.object({
  /** The tenant id: one subscription per team, so issuing a new one revokes the old. */
  _id: z.string(),
  tenantId: tenantIdField,
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdBy: z.string(),
  createdAt: z.date(),
});
export type CalendarSubscription = z.infer<typeof subscriptionSchema>;

/** The team's private calendar subscription: only the token's hash is kept. */
export class CalendarSubscriptions extends TenantRepository<CalendarSubscription> {
  constructor(db: Db) {
    super(db, 'calendar_subscriptions', subscriptionSchema);
  }

  indexes(): IndexDescription[] {
    return [{ key: { tokenHash: 1 }, name: 'token_hash', unique: true }];
  }

  async current(tenantId: TenantId): Promise<CalendarSubscription | null> {
    return this.findOne(tenantId, { _id: tenantId });
  }

  /** A new token for the team, replacing (so revoking) any earlier one; returned once, never stored. */
  async issue(tenantId: TenantId, createdBy: string, now: Date): Promise<string> {
    const token = newPrivateToken();
    const doc = this.parse({ _id: tenantId, tenantId, tokenHash: hashToken(token), createdBy, createdAt: now });
    await this.collection.replaceOne({ _id: tenantId }, doc, { upsert: true });
    return token;
  }

  /** The team a presented token opens, if it is the current one. */
  async tenantOf(token: string): Promise<TenantId | undefined> {
    const doc = await this.collection.findOne({ tokenHash: hashToken(token) });
    if (!doc) return undefined;
    const subscription = this.parse(doc);
    return tokenMatches(token, subscription.tokenHash) ? subscription.tenantId : undefined;
  }
}
