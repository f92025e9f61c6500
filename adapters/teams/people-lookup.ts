import type { CloudAdapter } from 'botbuilder';
import type { PeopleLookup } from '../../src/core/ports/people.js';
import type { TenantId } from '../../src/core/tenant-id.js';
import type { Logger } from '../../src/log/logger.js';
import { memberName } from './bot/member-names.js';
import { toConversationReference } from './references/conversation-reference.js';
import type { ConversationReferencesRepository } from './references/conversation-references.js';

/**
 * Names of a team's (or chat's) people by their ids, outside any turn: Boussole continues one of
 * the tenant's stored conversations and asks its roster (`TeamsInfo.getMember`), or finds the
 * name Teams gave the person in their own chat with Boussole — the same cached look-up a people
 * picker's answer goes through. A tenant with no stored conversation has no one to name.
 */
export class TeamsPeopleLookup implements PeopleLookup {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly conversations: ConversationReferencesRepository,
    private readonly log: Logger,
  ) {}

  async names(tenantId: TenantId, ids: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const record = await this.conversations.anyActive(tenantId);
    if (!record) return names;
    const sources = { log: this.log, conversations: this.conversations };
    // Errors are caught here: botbuilder would otherwise hand them to onTurnError.
    await this.adapter
      .continueConversationAsync(this.appId, toConversationReference(record.reference), async (context) => {
        for (const id of ids) {
          const name = await memberName(context, id, sources);
          if (name) names.set(id, name);
        }
      })
      .catch((error: unknown) => this.log.warn({ err: error, tenantId }, 'Teams: the roster could not be reached; names wait for the next run'));
    return names;
  }
}
