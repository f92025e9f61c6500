import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../src/log/logger.js';

/**
 * Bolt, the OAuth installer and the Web API client log through Boussole's pino logger (one JSON
 * stream, secrets redacted by key). Their level follows Boussole's LOG_LEVEL: `setLevel` is ignored
 * so a library cannot turn on its own debug output, which may include request bodies.
 */
export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack-sdk' });
  const text = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  // The SDKs log a line or more per request: nothing is formatted for a level that is off.
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (...msg: unknown[]) => {
    if (child.isLevelEnabled(level)) child[level](text(msg));
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: (_level: LogLevel) => {},
    getLevel: () => (['debug', 'trace'].includes(log.level) ? 'debug' : log.level === 'info' ? 'info' : log.level === 'warn' ? 'warn' : 'error') as LogLevel,
    setName: () => {},
  };
}
