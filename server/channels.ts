import { consoleServerChannel } from '../adapters/console/channel.js';
import { slackChannel } from '../adapters/slack/channel.js';
import { teamsChannel } from '../adapters/teams/channel.js';
import type { ChannelAdapter } from '../src/app/channel-adapter.js';

/** The platforms the server runs: the one list that names every adapter. A new adapter is added here. */
export const CHANNEL_ADAPTERS: readonly ChannelAdapter[] = [slackChannel, teamsChannel, consoleServerChannel];
