import type { Db, IndexDescription } from 'mongodb';
import { TenantRepository } from '../../../src/store/repository.js';
import { conversationRecordSchema, type ConversationKind, type ConversationRecord, type StoredReference } from './conversation-reference.js';
import type { TenantId } from '../../../src/core/tenant-id.js';

export interface RememberInput {
  tenantId: TenantId;
  conversationId: string;
  kind: ConversationKind;
  userId?: string;
  aadTenantId?: string;
  reference: StoredReference;
}

/** Teams conversation references, one per (tenant, conversation), scoped by tenant like every collection. */
export class ConversationReferencesRepository extends TenantRepository<ConversationRecord> {
  constructor(db: Db) {
    super(db, 'teams_conversation_references', conversationRecordSchema);
  }

  indexes(): IndexDescription[] {
    return [
      { key: { tenantId: 1, conversationId: 1 }, name: 'tenant_conversation', unique: true },
      { key: { tenantId: 1, kind: 1, userId: 1 }, name: 'tenant_kind_user' },
    ];
  }

  /**
   * Stores or refreshes a reference. Hearing from a conversation proves the bot is back in it, so
   * the reference becomes active again.
   */
  async remember(input: RememberInput): Promise<ConversationRecord> {
    const set: Record<string, unknown> = {
      conversationId: input.conversationId,
      kind: input.kind,
      reference: input.reference,
      active: true,
      updatedAt: new Date().toISOString(),
    };
    if (input.userId) set.userId = input.userId;
    if (input.aadTenantId) set.aadTenantId = input.aadTenantId;
    const record = await this.update(
      input.tenantId,
      { _id: `${input.tenantId}|${input.conversationId}` },
      { $set: set, $unset: { inactiveSince: '', inactiveReason: '', ownersToldAt: '' } },
      { upsert: true },
    );
    return record!;
  }

  async byConversation(tenantId: TenantId, conversationId: string): Promise<ConversationRecord | null> {
    return this.findOne(tenantId, { conversationId });
  }

  async personalOf(tenantId: TenantId, userId: string): Promise<ConversationRecord | null> {
    return this.findOne(tenantId, { kind: 'personal', userId });
  }

  /** Any active reference of the tenant: its service URL and Azure AD tenant open new chats. */
  async anyActive(tenantId: TenantId): Promise<ConversationRecord | null> {
    return this.findOne(tenantId, { active: true });
  }

  async markInactive(tenantId: TenantId, conversationId: string, reason: string): Promise<void> {
    await this.update(
      tenantId,
      { conversationId, active: true },
      { $set: { active: false, inactiveSince: new Date().toISOString(), inactiveReason: reason.slice(0, 500) } },
    );
  }

  /** Inactive references the owners have not been told about yet. */
  async untoldInactive(tenantId: TenantId): Promise<ConversationRecord[]> {
    return this.findMany(tenantId, { active: false, ownersToldAt: { $exists: false } });
  }

  async markOwnersTold(tenantId: TenantId, conversationIds: string[]): Promise<void> {
    if (conversationIds.length === 0) return;
    await this.collection.updateMany(this.scoped(tenantId, { conversationId: { $in: conversationIds }, active: false }), {
      $set: { ownersToldAt: new Date().toISOString() },
    });
  }
}
