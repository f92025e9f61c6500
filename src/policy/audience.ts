import { readStep5 } from '../../conversations/step-05-staff-policy.js';
import type { TenantId } from '../core/tenant-id.js';
import type { StepAnswers } from '../core/dialogue/values.js';
import { fold } from '../core/i18n/format.js';
import type { UserPrefsRepository } from '../tenants/user-prefs.js';
import type { NameLinkRepository } from './name-links.js';
import { staffOf } from './staff.js';

export interface AudienceSources {
  users: Pick<UserPrefsRepository, 'findMany'>;
  nameLinks: NameLinkRepository;
}

const TYPED = 'name:';

/**
 * The people the staff policy asks to acknowledge it, by chat account: those the plan names
 * (steps 5 and 6) and, when step 5 opens the accounts to all employees, everyone of the team who
 * has written to Boussole. A person named by typed name counts under the account that wrote to
 * Boussole with that display name (one account only: two with the same name stay unlinked); the
 * link is stored the first time it is found.
 */
export async function policyAudience(sources: AudienceSources, tenantId: TenantId, step5: StepAnswers, step6: StepAnswers): Promise<Map<string, string | undefined>> {
  const named = staffOf(step5, step6);
  const everyone = readStep5(step5).accountAccess === 'all-employees';
  const typed = [...named.keys()].some((id) => id.startsWith(TYPED));
  const users = everyone || typed ? await sources.users.findMany(tenantId, {}, { limit: 5000 }) : [];
  const links = typed ? await sources.nameLinks.all(tenantId) : new Map<string, string>();
  const byName = new Map<string, string[]>();
  for (const user of users) if (user.name) byName.set(fold(user.name), [...(byName.get(fold(user.name)) ?? []), user.userId]);

  const audience = new Map<string, string | undefined>();
  if (everyone) for (const user of users) audience.set(user.userId, user.name);
  for (const [id, name] of named) {
    if (!id.startsWith(TYPED)) {
      audience.set(id, name ?? audience.get(id));
      continue;
    }
    let account = links.get(id);
    const matches = byName.get(fold(name ?? id.slice(TYPED.length))) ?? [];
    if (!account && matches.length === 1) {
      account = matches[0]!;
      await sources.nameLinks.link(tenantId, id, account);
    }
    audience.set(account ?? id, name);
  }
  return audience;
}
