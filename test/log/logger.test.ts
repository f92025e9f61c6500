import { describe, expect, it } from 'vitest';
import { redactUri } from '../../src/log/logger.js';
import { captureLog } from '../support/log-capture.js';

const capture = () => captureLog();

describe('logger', () => {
  it('writes JSON lines with the level as a word', () => {
    const { lines, log } = capture();
    log.info({ port: 3978 }, 'listening');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'info', port: 3978, msg: 'listening', service: 'boussole' });
  });

  it('redacts tokens, secrets and passwords wherever they sit', () => {
    const { lines, log } = capture();
    log.info(
      {
        token: 'xoxb-top-secret',
        installation: { bot: { token: 'xoxb-nested-secret' }, clientSecret: 'client-secret-value' },
        headers: { authorization: 'Bearer eyJsecret' },
        config: { appPassword: 'teams-password', signingSecret: 'signing-value' },
        password: 'hunter2',
      },
      'installation stored',
    );
    const line = lines.join('\n');
    for (const secret of ['xoxb-top-secret', 'xoxb-nested-secret', 'client-secret-value', 'eyJsecret', 'teams-password', 'signing-value', 'hunter2']) {
      expect(line).not.toContain(secret);
    }
    expect(line).toContain('[redacted]');
    expect(JSON.parse(lines[0]!).installation.bot.token).toBe('[redacted]');
  });

  it('hides credentials in connection strings', () => {
    expect(redactUri('mongodb+srv://boussole:s3cret@cluster0.example.net/db')).toBe('mongodb+srv://[redacted]@cluster0.example.net/db');
    expect(redactUri('mongodb://127.0.0.1:27017/')).toBe('mongodb://127.0.0.1:27017/');
  });
});
