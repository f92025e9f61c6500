import { z } from 'zod';

// Every variable Boussole reads. The names are part of the contract in DESIGN.md.
const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const isIanaZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce
      .number({ error: 'expected a port number from 1 to 65535' })
      .int('expected a whole port number from 1 to 65535')
      .min(0, 'expected a port number from 1 to 65535 (0 picks a free port)')
      .max(65535, 'expected a port number from 1 to 65535')
      .default(3978),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    MONGODB_URI: optionalString.pipe(
      z
        .string()
        .regex(/^mongodb(\+srv)?:\/\/.+/, 'expected a mongodb:// or mongodb+srv:// connection string')
        .optional(),
    ),
    MONGODB_DB: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'expected a database name of letters, digits, _ or -').default('boussole'),
    BOUSSOLE_DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_DB_RESTART_LIMIT: z.coerce
      .number({ error: 'expected a number of seconds from 1 to 3600' })
      .int('expected a whole number of seconds from 1 to 3600')
      .min(1, 'expected a number of seconds from 1 to 3600')
      .max(3600, 'expected a number of seconds from 1 to 3600')
      .default(60),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_BOT_TOKEN: optionalString.pipe(z.string().startsWith('xoxb-', 'expected a bot token starting with xoxb-').optional()),
    SLACK_CLIENT_ID: optionalString,
    SLACK_CLIENT_SECRET: optionalString,
    SLACK_STATE_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString.pipe(z.string().startsWith('xapp-', 'expected an app-level token starting with xapp-').optional()),
    SLACK_API_URL: optionalString.pipe(z.url({ error: 'expected an http(s) URL ending with /api/' }).optional()),
    SLACK_MAX_CONCURRENT_TURNS: z.coerce
      .number({ error: 'expected a number of turns from 1 to 256' })
      .int('expected a whole number of turns from 1 to 256')
      .min(1, 'expected a number of turns from 1 to 256')
      .max(256, 'expected a number of turns from 1 to 256')
      .default(8),
    MICROSOFT_APP_ID: optionalString,
    MICROSOFT_APP_PASSWORD: optionalString,
    MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MICROSOFT_APP_TENANT_ID: optionalString,
    PUBLIC_HOSTNAME: optionalString,
    DEFAULT_LOCALE: z.enum(['fr', 'en'], { error: 'expected fr or en' }).default('fr'),
    DEFAULT_TIMEZONE: z
      .string()
      .refine(isIanaZone, 'expected an IANA time zone such as America/Toronto')
      .default('America/Toronto'),
  })
  .superRefine((env, ctx) => {
    const oauth = [env.SLACK_CLIENT_ID, env.SLACK_CLIENT_SECRET, env.SLACK_STATE_SECRET];
    const someOauth = oauth.some(Boolean);
    if (someOauth && !oauth.every(Boolean)) {
      for (const [name, value] of [
        ['SLACK_CLIENT_ID', env.SLACK_CLIENT_ID],
        ['SLACK_CLIENT_SECRET', env.SLACK_CLIENT_SECRET],
        ['SLACK_STATE_SECRET', env.SLACK_STATE_SECRET],
      ] as const) {
        if (!value) ctx.addIssue({ code: 'custom', path: [name], message: 'required with the other Slack OAuth variables (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET)' });
      }
    }
    if ((env.SLACK_BOT_TOKEN || someOauth) && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_SIGNING_SECRET'], message: 'required to verify Slack requests when SLACK_BOT_TOKEN or Slack OAuth is set' });
    }
    if (env.SLACK_BOT_TOKEN && someOauth) {
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'set either SLACK_BOT_TOKEN (one workspace) or the Slack OAuth variables (many workspaces), not both' });
    }
    if (env.MICROSOFT_APP_ID && env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !env.MICROSOFT_APP_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_PASSWORD'], message: 'required with MICROSOFT_APP_ID' });
    }
    if (env.MICROSOFT_APP_ID && env.MICROSOFT_APP_TYPE !== 'MultiTenant' && !env.MICROSOFT_APP_TENANT_ID) {
      ctx.addIssue({ code: 'custom', path: ['MICROSOFT_APP_TENANT_ID'], message: `required with MICROSOFT_APP_ID when MICROSOFT_APP_TYPE is ${env.MICROSOFT_APP_TYPE}` });
    }
  });

export type Env = z.infer<typeof envSchema>;

export type SlackMode =
  | { kind: 'off' }
  | { kind: 'single'; signingSecret: string; botToken: string }
  | { kind: 'oauth'; signingSecret: string; clientId: string; clientSecret: string; stateSecret: string };

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  log: { level: Env['LOG_LEVEL']; format: 'json' | 'pretty' };
  mongo: { uri: string | undefined; dbName: string };
  dataDir: string;
  /** How long the embedded database may fail to restart before Boussole exits (70) for its supervisor. */
  embeddedRestartLimitMs: number;
  /** maxConcurrentTurns: engine turns one process runs at once for Slack; the rest queue (acks never wait). */
  slack: { mode: SlackMode; appToken: string | undefined; apiUrl: string | undefined; maxConcurrentTurns: number };
  teams: {
    appId: string | undefined;
    appPassword: string | undefined;
    appType: Env['MICROSOFT_APP_TYPE'];
    tenantId: string | undefined;
  };
  publicHostname: string | undefined;
  defaults: { locale: 'fr' | 'en'; timeZone: string };
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`Invalid configuration: ${variable} — ${expected}`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(raw: NodeJS.ProcessEnv, stdoutIsTty = false): Config {
  const result = envSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    throw new ConfigError(variable, issue.message);
  }
  const env = result.data;
  const slackMode: SlackMode = env.SLACK_BOT_TOKEN
    ? { kind: 'single', signingSecret: env.SLACK_SIGNING_SECRET ?? '', botToken: env.SLACK_BOT_TOKEN }
    : env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET
      ? {
          kind: 'oauth',
          signingSecret: env.SLACK_SIGNING_SECRET ?? '',
          clientId: env.SLACK_CLIENT_ID,
          clientSecret: env.SLACK_CLIENT_SECRET,
          stateSecret: env.SLACK_STATE_SECRET,
        }
      : { kind: 'off' };
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    log: {
      level: env.LOG_LEVEL,
      format: env.LOG_FORMAT ?? (env.NODE_ENV === 'development' && stdoutIsTty ? 'pretty' : 'json'),
    },
    mongo: { uri: env.MONGODB_URI, dbName: env.MONGODB_DB },
    dataDir: env.BOUSSOLE_DATA_DIR,
    embeddedRestartLimitMs: env.EMBEDDED_DB_RESTART_LIMIT * 1000,
    slack: { mode: slackMode, appToken: env.SLACK_APP_TOKEN, apiUrl: env.SLACK_API_URL, maxConcurrentTurns: env.SLACK_MAX_CONCURRENT_TURNS },
    teams: {
      appId: env.MICROSOFT_APP_ID,
      appPassword: env.MICROSOFT_APP_PASSWORD,
      appType: env.MICROSOFT_APP_TYPE,
      tenantId: env.MICROSOFT_APP_TENANT_ID,
    },
    publicHostname: env.PUBLIC_HOSTNAME,
    defaults: { locale: env.DEFAULT_LOCALE, timeZone: env.DEFAULT_TIMEZONE },
  };
}
