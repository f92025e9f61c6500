import { pino, type DestinationStream, type Logger } from 'pino';
import { serializeError } from './error-serializer.js';

export type { Logger };

// Keys whose values are secrets wherever they appear (up to three levels deep): tokens from
// Slack and the Bot Framework, client secrets, passwords, authorization headers.
const SECRET_KEYS = [
  'token',
  'botToken',
  'bot_token',
  'userToken',
  'appToken',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'secret',
  'clientSecret',
  'client_secret',
  'signingSecret',
  'stateSecret',
  'password',
  'appPassword',
  'authorization',
  'Authorization',
  'cookie',
  'x-slack-signature',
];

const redactPaths = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`, `*.*.*.${key}`]);

export interface LoggerOptions {
  level: string;
  format: 'json' | 'pretty';
  /** Where to write (tests pass a stream); defaults to stdout. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const base = {
    level: options.level,
    base: { service: 'boussole' },
    redact: { paths: redactPaths, censor: '[redacted]' },
    serializers: { err: serializeError },
    formatters: { level: (label: string) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (options.destination) return pino(base, options.destination);
  if (options.format === 'pretty') {
    return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss' } } });
  }
  return pino(base);
}

/** Hides the credentials of a connection string before it is logged. */
export function redactUri(uri: string): string {
  return uri.replace(/(\/\/)([^@/]+)@/, '$1[redacted]@');
}
