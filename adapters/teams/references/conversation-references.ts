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

/**
 * How long this process trusts that a reference it wrote is still stored, active, as written. Only
 * another process marking it inactive (a failed proactive post there) can make that untrue; the
 * next message after this delay writes it again, and the conversation is active again.
 */
export const REMEMBERED_TTL_MS = 5 * 60_000;

/**
 * How long, after finding no unreachable conversation to tell a tenant's owners about, this process
 * takes it as still true (unless it marks one itself): the question is asked on every message turn,
 * and the answer is nearly always no. A conversation marked by another process is told at most this
 * much later.
 */
export const NONE_UNTOLD_TTL_MS = 60_000;

/** Conversations whose last write this process remembers (a few hundred bytes each). */
const WRITTEN_MEMO_MAX = 10_000;

/** Teams conversation references, one per (tenant, conversation), scoped by tenant like every collection. */
export class ConversationReferencesRepository extends TenantRepository<ConversationRecord> {
  /** What this process last wrote per conversation, and when: most messages change nothing. */
  private readonly written = new Map<string, { fingerprint: string; at: number }>();
  /** Per tenant: until when there is known to be nothing untold (see NONE_UNTOLD_TTL_MS). */
  private readonly noneUntoldUntil = new Map<TenantId, number>();

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
    const key = memoKey(input.tenantId, input.conversationId);
    this.written.delete(key);
    // Oldest first in a Map: past the bound, the least recently written conversation is forgotten.
    if (this.written.size >= WRITTEN_MEMO_MAX) this.written.delete(this.written.keys().next().value!);
    this.written.set(key, { fingerprint: fingerprintOf(input), at: Date.now() });
    return record!;
  }

  /**
   * `remember`, unless this process wrote the same reference less than REMEMBERED_TTL_MS ago and
   * has not marked it inactive since: a message turn then costs no write. Says whether it wrote.
   */
  async refresh(input: RememberInput, now = Date.now()): Promise<boolean> {
    const last = this.written.get(memoKey(input.tenantId, input.conversationId));
    if (last && now - last.at < REMEMBERED_TTL_MS && last.fingerprint === fingerprintOf(input)) return false;
    await this.remember(input);
    return true;
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
    this.written.delete(memoKey(tenantId, conversationId));
    this.noneUntoldUntil.delete(tenantId);
    await this.update(
      tenantId,
      { conversationId, active: true },
      { $set: { active: false, inactiveSince: new Date().toISOString(), inactiveReason: reason.slice(0, 500) } },
    );
  }

  /** Inactive references the owners have not been told about yet. */
  async untoldInactive(tenantId: TenantId, now = Date.now()): Promise<ConversationRecord[]> {
    if ((this.noneUntoldUntil.get(tenantId) ?? 0) > now) return [];
    const records = await this.findMany(tenantId, { active: false, ownersToldAt: { $exists: false } });
    if (records.length === 0) this.noneUntoldUntil.set(tenantId, now + NONE_UNTOLD_TTL_MS);
    else this.noneUntoldUntil.delete(tenantId);
    return records;
  }

  async markOwnersTold(tenantId: TenantId, conversationIds: string[]): Promise<void> {
    if (conversationIds.length === 0) return;
    await this.collection.updateMany(this.scoped(tenantId, { conversationId: { $in: conversationIds }, active: false }), {
      $set: { ownersToldAt: new Date().toISOString() },
    });
  }
}

const memoKey = (tenantId: TenantId, conversationId: string) => `${tenantId}|${conversationId}`;

/** Everything `remember` stores but its time, in a fixed key order. */
function fingerprintOf(input: RememberInput): string {
  return JSON.stringify([input.kind, input.userId ?? null, input.aadTenantId ?? null, input.reference]);
}
