import type { webApi } from '@slack/bolt';
import { z } from 'zod';

const MAX_ENTRIES = 10_000;
const openSchema = z.object({ channel: z.object({ id: z.string().min(1) }) });

/**
 * The DM channel between Boussole and each user: dialogues run there, wherever the command was
 * typed. A DM channel id never changes, so it is kept for the life of the process.
 */
export class DirectMessages {
  private readonly channels = new Map<string, string>();

  async open(client: webApi.WebClient, tenantId: string, userId: string): Promise<string> {
    const key = `${tenantId}|${userId}`;
    const known = this.channels.get(key);
    if (known) return known;
    const parsed = openSchema.parse(await client.conversations.open({ users: userId }));
    if (this.channels.size >= MAX_ENTRIES) this.channels.delete(this.channels.keys().next().value!);
    this.channels.set(key, parsed.channel.id);
    return parsed.channel.id;
  }

  /** Records a DM seen in an event, sparing a conversations.open later. */
  remember(tenantId: string, userId: string, channelId: string): void {
    if (!this.channels.has(`${tenantId}|${userId}`)) this.channels.set(`${tenantId}|${userId}`, channelId);
  }
}
