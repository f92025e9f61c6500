import type { Locale } from '../../../src/core/i18n/locale.js';
import type { Reply } from '../../../src/core/replies.js';
import { TEAMS_TEXT } from '../texts.js';
import type { BotDeps } from './deps.js';
import type { TenantId } from '../../../src/core/tenant-id.js';

/**
 * Tells an owner, once, about conversations Boussole can no longer post in (Teams answered 403),
 * so reminders and alerts do not silently go nowhere.
 */
export async function unreachableNotice(
  deps: BotDeps,
  tenantId: TenantId,
  locale: Locale,
  isOwner: (owners: string[]) => boolean,
): Promise<Reply[]> {
  const records = await deps.repositories.teamsConversations.untoldInactive(tenantId);
  if (records.length === 0) return [];
  const tenant = await deps.repositories.tenants.findOne(tenantId, { _id: tenantId });
  if (!isOwner(tenant?.owners ?? [])) return [];
  const places = records
    .map((r) =>
      r.kind === 'personal'
        ? TEAMS_TEXT.t(locale, 'personalChat', { user: r.reference.user?.name ?? r.userId ?? '?' })
        : TEAMS_TEXT.t(locale, 'conversation', { id: `\`${r.conversationId}\`` }),
    )
    .join(', ');
  await deps.repositories.teamsConversations.markOwnersTold(
    tenantId,
    records.map((r) => r.conversationId),
  );
  return [{ kind: 'text', text: TEAMS_TEXT.t(locale, 'unreachable', { places }) }];
}
