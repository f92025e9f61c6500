import type { Platform } from '../events.js';
import type { ChannelDirectory } from './channels.js';
import type { Notifier } from './notifier.js';
import type { PeopleLookup } from './people.js';

/**
 * What every chat platform gives Boussole once it is mounted (Slack, Teams, the console): the
 * same contract, checked by one test suite against each. A platform that is configured off still
 * answers, its notifier and directory declining with `unavailable`.
 */
export interface Channel {
  readonly platform: Platform;
  /** Proactive posts to the platform's people and channels (jobs reach it through the router). */
  readonly notifier: Notifier;
  /** Checks the channels a team names for reminders, alerts and the digest. */
  readonly directory: ChannelDirectory;
  /** Names for the platform's user ids stored without one; absent where the platform has none to give (the console). */
  readonly people?: PeopleLookup;
  /** Stops taking turns and waits for those in progress; the HTTP server is closed by its owner. */
  stop(): Promise<void>;
}
