import { webApi } from '@slack/bolt';
import type { PeopleLookup } from '../../src/core/ports/people.js';
import type { TenantId } from '../../src/core/tenant-id.js';
import type { UserDirectory } from './identity.js';
import type { BotTokenSource } from './notifier.js';

/** Slack user ids (U…, W… on Enterprise Grid): anything else was never a Slack person. */
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

/**
 * Names of a workspace's people by their Slack ids, from `users.info` with the workspace's bot
 * token, through the same cached directory the turns use (so a person just seen costs nothing).
 * One at a time: Slack rate-limits users.info per workspace, and a run names a handful at most.
 */
export class SlackPeopleLookup implements PeopleLookup {
  constructor(
    private readonly tokens: BotTokenSource,
    private readonly directory: UserDirectory,
    private readonly slackApiUrl?: string,
  ) {}

  async names(tenantId: TenantId, ids: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    const people = ids.filter((id) => SLACK_USER_ID.test(id));
    if (people.length === 0) return names;
    const token = await this.tokens.tokenFor(tenantId);
    if (!token) return names;
    const client = new webApi.WebClient(token, { ...(this.slackApiUrl ? { slackApiUrl: this.slackApiUrl } : {}), retryConfig: { retries: 1 } });
    for (const id of people) {
      const name = (await this.directory.lookup(client, tenantId, id)).name?.trim();
      if (name) names.set(id, name);
    }
    return names;
  }
}
