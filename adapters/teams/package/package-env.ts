import { existsSync } from 'node:fs';
import { config as readDotenv } from 'dotenv';
import { z } from 'zod';

/**
 * The two variables the Teams package holds — nothing else: whoever builds the package (a CI job,
 * an admin's laptop) needs neither the bot's password nor its tenant id.
 */
const packageEnvSchema = z.object({
  MICROSOFT_APP_ID: z.string().trim().optional(),
  PUBLIC_HOSTNAME: z.string().trim().optional(),
});

/** Reads `.env` when present (real environment variables win), then those two variables. */
export function readPackageEnv(env: NodeJS.ProcessEnv = process.env): { appId: string | undefined; hostname: string | undefined } {
  if (env === process.env && existsSync('.env')) readDotenv({ path: '.env', quiet: true });
  const parsed = packageEnvSchema.parse({ MICROSOFT_APP_ID: env.MICROSOFT_APP_ID, PUBLIC_HOSTNAME: env.PUBLIC_HOSTNAME });
  return { appId: parsed.MICROSOFT_APP_ID || undefined, hostname: parsed.PUBLIC_HOSTNAME || undefined };
}
