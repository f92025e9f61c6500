import type { ChannelDirectory, ChannelLookup } from '../../src/core/ports/channels.js';

/**
 * The console has no channels to check: a name typed is kept as it is (console notifications
 * print it), only a blank one names nothing.
 */
export class ConsoleChannelDirectory implements ChannelDirectory {
  async lookup(_tenantId: string, typed: string): Promise<ChannelLookup> {
    const name = typed.trim();
    return name ? { ok: true, channelId: name, label: name } : { ok: false, reason: 'not-found' };
  }
}
