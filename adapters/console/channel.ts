import type { ChannelAdapter } from '../../src/app/channel-adapter.js';
import type { Channel } from '../../src/core/ports/channel.js';
import { ConsoleChannelDirectory } from './channel-directory.js';
import { ConsoleNotifier } from './console-notifier.js';

/** The console as a platform: notifications are printed with `write`; there is nothing to stop. */
export function consoleChannel(write?: (text: string) => void): Channel {
  return { platform: 'console', notifier: new ConsoleNotifier(write), directory: new ConsoleChannelDirectory(), stop: async () => {} };
}

/** In the server, console tenants' notifications go to the log. */
export const consoleServerChannel: ChannelAdapter = {
  platform: 'console',
  async mount({ log }) {
    return { channel: consoleChannel((text) => log.info({ notification: text }, 'console notification')), repositories: [] };
  },
};
