import type { TenantId } from '../tenant-id.js';

/**
 * The display names a platform knows for some of its user ids (Slack `users.info`, the Teams
 * roster). Ids it does not know, or could not ask about, are absent from the answer: a lookup
 * never throws for one person, so one unknown id does not hide the others' names.
 */
export interface PeopleLookup {
  names(tenantId: TenantId, ids: readonly string[]): Promise<Map<string, string>>;
}
