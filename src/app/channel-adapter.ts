import type { Express } from 'express';
import type { Db } from 'mongodb';
import type { Config } from '../config/env.js';
import type { Platform } from '../core/events.js';
import type { Channel } from '../core/ports/channel.js';
import type { Logger } from '../log/logger.js';
import type { AnyRepository } from '../store/repository.js';
import type { Boussole } from './compose.js';

/** What a platform is mounted with. */
export interface ChannelContext {
  /** Boussole's one HTTP application: the platform adds its routes to it. */
  http: Express;
  config: Config;
  log: Logger;
  /** For the platform's own collections. */
  db: Db;
  boussole: Pick<Boussole, 'engine' | 'repositories' | 'services' | 'documentLink'>;
}

export interface MountedChannel {
  channel: Channel;
  /** The platform's own collections, whose indexes are ensured with the others. */
  repositories: AnyRepository[];
}

/**
 * A platform as the server starts it. Each adapter exports one (adapters/<platform>/channel.ts)
 * and the server's entry point lists them: `src/` knows the contract, never the adapters.
 */
export interface ChannelAdapter {
  readonly platform: Platform;
  mount(context: ChannelContext): Promise<MountedChannel>;
}
