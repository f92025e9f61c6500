import { existsSync } from 'node:fs';
import { config as readDotenv } from 'dotenv';
import { ConfigError, parseConfig, type Config } from './env.js';

/**
 * Reads `.env` when present (real environment variables win), parses the configuration, and on a
 * bad value stops the process with one line naming the variable — no stack trace.
 */
export function loadConfigOrExit(): Config {
  if (existsSync('.env')) readDotenv({ path: '.env', quiet: true });
  try {
    return parseConfig(process.env, Boolean(process.stdout.isTTY));
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
