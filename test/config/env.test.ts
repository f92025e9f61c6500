import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/env.js';

function errorOf(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration', () => {
  it('runs with no variable at all: embedded database, port 3978, French, Toronto time', () => {
    const config = parseConfig({});
    expect(config.port).toBe(3978);
    expect(config.mongo).toEqual({ uri: undefined, dbName: 'boussole' });
    expect(config.defaults).toEqual({ locale: 'fr', timeZone: 'America/Toronto' });
    expect(config.slack.mode).toEqual({ kind: 'off' });
    expect(config.teams.appType).toBe('SingleTenant');
    expect(config.slack.maxConcurrentTurns).toBe(8);
    expect(parseConfig({ SLACK_MAX_CONCURRENT_TURNS: '3' }).slack.maxConcurrentTurns).toBe(3);
  });

  it('treats empty values as unset, as in a copied .env template', () => {
    expect(parseConfig({ MONGODB_URI: '', SLACK_BOT_TOKEN: '' }).mongo.uri).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT', 'port number'],
    [{ PORT: '70000' }, 'PORT', '65535'],
    [{ MONGODB_URI: 'postgres://x' }, 'MONGODB_URI', 'mongodb://'],
    [{ DEFAULT_LOCALE: 'de' }, 'DEFAULT_LOCALE', 'fr or en'],
    [{ DEFAULT_TIMEZONE: 'Mars/Olympus' }, 'DEFAULT_TIMEZONE', 'IANA'],
    [{ SLACK_BOT_TOKEN: 'xoxp-123' }, 'SLACK_BOT_TOKEN', 'xoxb-'],
    [{ SLACK_BOT_TOKEN: 'xoxb-123' }, 'SLACK_SIGNING_SECRET', 'required'],
    [{ SLACK_CLIENT_ID: 'id', SLACK_SIGNING_SECRET: 's' }, 'SLACK_CLIENT_SECRET', 'OAuth'],
    [{ MICROSOFT_APP_ID: 'app' }, 'MICROSOFT_APP_PASSWORD', 'required'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'p' }, 'MICROSOFT_APP_TENANT_ID', 'SingleTenant'],
    [{ MICROSOFT_APP_TYPE: 'Personal' }, 'MICROSOFT_APP_TYPE', ''],
    [{ SLACK_MAX_CONCURRENT_TURNS: '0' }, 'SLACK_MAX_CONCURRENT_TURNS', 'from 1 to 256'],
    [{ SLACK_MAX_CONCURRENT_TURNS: 'many' }, 'SLACK_MAX_CONCURRENT_TURNS', 'from 1 to 256'],
    [{ SLACK_MAX_CONCURRENT_TURNS: '2.5' }, 'SLACK_MAX_CONCURRENT_TURNS', 'whole number'],
  ])('rejects %o naming %s', (env, variable, expected) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(variable);
    expect(error.message).toContain(expected);
    expect(error.message).not.toContain('\n');
  });

  it('recognizes single-workspace Slack and OAuth Slack as distinct modes', () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack.mode.kind).toBe('single');
    const oauth = parseConfig({ SLACK_CLIENT_ID: 'i', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'st', SLACK_SIGNING_SECRET: 's' });
    expect(oauth.slack.mode).toMatchObject({ kind: 'oauth', clientId: 'i' });
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_CLIENT_ID: 'i', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 'st', SLACK_SIGNING_SECRET: 's' }).variable).toBe('SLACK_BOT_TOKEN');
  });

  it('picks readable logs only for a development terminal', () => {
    expect(parseConfig({}, true).log.format).toBe('pretty');
    expect(parseConfig({}, false).log.format).toBe('json');
    expect(parseConfig({ NODE_ENV: 'production' }, true).log.format).toBe('json');
    expect(parseConfig({ LOG_FORMAT: 'json' }, true).log.format).toBe('json');
  });
});
