import { bootBoussole, type Running, type StartOptions } from '../src/boot.js';
import type { Config } from '../src/config/env.js';
import type { Logger } from '../src/log/logger.js';
import { CHANNEL_ADAPTERS } from './channels.js';

export type { Running, StartOptions } from '../src/boot.js';

/** Boussole's server with every platform (see channels.ts). */
export function startBoussole(config: Config, log: Logger, options: StartOptions = {}): Promise<Running> {
  return bootBoussole(config, log, CHANNEL_ADAPTERS, options);
}
