import type { NotifyTarget } from '../core/ports/notifier.js';
import type { Tenant } from '../tenants/tenant.js';
import type { TenantId } from '../core/tenant-id.js';

export type ChannelPurpose = 'reminders' | 'alerts' | 'digest';

/**
 * The channel for a kind of post. A tenant that chose only some channels still gets everything:
 * alerts and the digest fall back to the reminders channel, then to any chosen channel.
 */
export function channelTarget(tenant: Tenant, purpose: ChannelPurpose): NotifyTarget | undefined {
  const { reminders, alerts, digest } = tenant.channels;
  const order = { reminders: [reminders, alerts, digest], alerts: [alerts, reminders, digest], digest: [digest, reminders, alerts] }[purpose];
  const channelId = order.find((id): id is string => Boolean(id));
  return channelId ? { kind: 'channel', tenantId: tenant.tenantId, channelId } : undefined;
}

export function userTarget(tenantId: TenantId, userId: string): NotifyTarget {
  return { kind: 'user', tenantId, userId };
}

/** A channel post when the tenant has one, else direct messages to the owners (nobody is left unwarned). */
export function channelOrOwners(tenant: Tenant, purpose: ChannelPurpose): NotifyTarget[] {
  const channel = channelTarget(tenant, purpose);
  if (channel) return [channel];
  return tenant.owners.map((owner) => userTarget(tenant.tenantId, owner));
}

/** Stable per-target suffix for idempotency keys. */
export function targetKey(target: NotifyTarget): string {
  return target.kind === 'channel' ? `c:${target.channelId}` : `u:${target.userId}`;
}
