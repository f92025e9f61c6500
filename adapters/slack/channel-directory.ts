import { webApi } from '@slack/bolt';
import type { ChannelDirectory, ChannelLookup } from '../../src/core/ports/channels.js';
import type { Logger } from '../../src/log/logger.js';
import { errorSummary } from './identity.js';
import type { BotTokenSource } from './notifier.js';
import type { TenantId } from '../../src/core/tenant-id.js';

interface SlackChannel {
  id?: string;
  name?: string;
  is_member?: boolean;
  is_archived?: boolean;
}

/** At most this many pages of conversations.list are read to find a channel by name. */
const MAX_PAGES = 10;

/**
 * Slack channels: a mention picked from the composer (`<#C123|name>`), an id (`C123…`) or a name
 * (`#name`, `name`), public or private. Boussole posts with chat:write, so it must be a member of
 * the channel (private ones are only visible to it once it is invited, with groups:read).
 */
export class SlackChannelDirectory implements ChannelDirectory {
  constructor(
    private readonly tokens: BotTokenSource,
    private readonly log: Logger,
    private readonly slackApiUrl?: string,
  ) {}

  async lookup(tenantId: TenantId, typed: string): Promise<ChannelLookup> {
    const token = await this.tokens.tokenFor(tenantId);
    if (!token) return { ok: false, reason: 'unavailable', detail: 'Boussole is not installed in this workspace' };
    const client = new webApi.WebClient(token, { ...(this.slackApiUrl ? { slackApiUrl: this.slackApiUrl } : {}), retryConfig: { retries: 1 } });
    const text = typed.trim();
    const mention = /^<#([CG][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(text);
    // Slack channel names are lower case, so an upper-case word starting with C or G is an id.
    const id = mention?.[1] ?? (/^[CG][A-Z0-9]{2,}$/.test(text) ? text : undefined);
    try {
      const channel = id ? await this.byId(client, id) : await this.byName(client, text.replace(/^#/, '').toLowerCase());
      if (!channel?.id || channel.is_archived) return { ok: false, reason: 'not-found' };
      if (!channel.is_member) return { ok: false, reason: 'not-member', detail: `#${channel.name ?? channel.id}` };
      return { ok: true, channelId: channel.id, label: `#${channel.name ?? channel.id}` };
    } catch (error) {
      const code = (error as { data?: { error?: string } }).data?.error;
      if (code === 'channel_not_found') return { ok: false, reason: 'not-found' };
      this.log.warn({ tenantId, err: errorSummary(error) }, 'Slack channel lookup failed');
      return { ok: false, reason: 'unavailable', detail: code ?? 'Slack did not answer' };
    }
  }

  private async byId(client: webApi.WebClient, id: string): Promise<SlackChannel | undefined> {
    const result = await client.conversations.info({ channel: id });
    return result.channel as SlackChannel | undefined;
  }

  private async byName(client: webApi.WebClient, name: string): Promise<SlackChannel | undefined> {
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await client.conversations.list({ exclude_archived: true, limit: 200, types: 'public_channel,private_channel', ...(cursor ? { cursor } : {}) });
      const found = (result.channels as SlackChannel[] | undefined)?.find((c) => c.name === name);
      if (found) return found;
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!cursor) return undefined;
    }
    return undefined;
  }
}
