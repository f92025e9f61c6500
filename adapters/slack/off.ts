import type { Channel } from '../../src/core/ports/channel.js';
import type { ChannelDirectory } from '../../src/core/ports/channels.js';
import type { Notifier } from '../../src/core/ports/notifier.js';
import type { Logger } from '../../src/log/logger.js';

// Slack configured off, in a module of its own that imports nothing from Bolt: a server without
// Slack variables never loads Bolt and its Web API client (about 10 MB of a process's memory).

/** The notifier when Slack is not configured: every post says so, nothing is attempted. */
const slackOffNotifier: Notifier = {
  async post() {
    return { ok: false, reason: 'unavailable', detail: 'Slack is not configured (no SLACK_BOT_TOKEN or Slack OAuth variables)' };
  },
};

/** Slack configured off: no channel can be checked. */
const slackOffDirectory: ChannelDirectory = {
  async lookup() {
    return { ok: false, reason: 'unavailable', detail: 'slack is not configured' };
  },
};

/** Slack when no Slack variables are set: nothing is mounted, the notifier and the directory decline. */
export function slackOffChannel(log: Logger): Channel & { readonly platform: 'slack' } {
  log.info('Slack is off: set SLACK_SIGNING_SECRET with SLACK_BOT_TOKEN (one workspace) or the SLACK_CLIENT_* variables (OAuth)');
  return { platform: 'slack', notifier: slackOffNotifier, directory: slackOffDirectory, stop: async () => {} };
}
