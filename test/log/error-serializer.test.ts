import { MongoClient } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { serializeError } from '../../src/log/error-serializer.js';
import { captureLog } from '../support/log-capture.js';

describe('the error serializer', () => {
  it('keeps a driver error readable: name, message, code and stack, not its circular topology', async () => {
    const client = new MongoClient('mongodb://127.0.0.1:9/', { serverSelectionTimeoutMS: 500 });
    const error = await client.db('x').command({ ping: 1 }).catch((e: unknown) => e);
    await client.close();
    const { lines, log } = captureLog();
    log.warn({ err: error }, 'scheduler error (retrying on the next poll)');
    expect(lines[0]).not.toContain('unable to serialize');
    const { err } = JSON.parse(lines[0]!) as { err: Record<string, unknown> };
    expect(err).toMatchObject({ name: 'MongoServerSelectionError', message: expect.any(String), stack: expect.stringContaining('MongoServerSelectionError') });
    expect(Object.keys(err).sort()).toEqual(expect.arrayContaining(['message', 'name', 'stack']));
    expect(err).not.toHaveProperty('reason');
  });

  it('keeps the code and the HTTP status of an SDK error, and its cause', () => {
    const cause = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const error = Object.assign(new Error('An HTTP protocol error occurred: statusCode = 500', { cause }), { code: 'slack_webapi_http_error', statusCode: 500 });
    expect(serializeError(error)).toMatchObject({
      name: 'Error',
      message: 'An HTTP protocol error occurred: statusCode = 500',
      code: 'slack_webapi_http_error',
      status: 500,
      cause: { name: 'Error', message: 'socket hang up', code: 'ECONNRESET' },
    });
  });

  it('scrubs tokens and connection-string passwords from messages and stacks', () => {
    const error = new Error('failed with xoxb-123-456-abc, Bearer eyJhbGci.x.y and mongodb://me:s3cret@db.example.net/');
    const line = JSON.stringify(serializeError(error));
    for (const secret of ['xoxb-123-456-abc', 'eyJhbGci', 's3cret']) expect(line).not.toContain(secret);
    expect(line).toContain('mongodb://[redacted]@db.example.net/');
  });

  it('stops a cause chain that loops', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(JSON.stringify(serializeError(a)).match(/"message"/g)).toHaveLength(4);
  });

  it('keeps the scalar fields of a summary an adapter built, and what is not an error as a message', () => {
    expect(serializeError({ code: 'slack_oauth_invalid_state', message: 'bad state for xoxp-1-2', nested: { token: 'x' } })).toEqual({
      code: 'slack_oauth_invalid_state',
      message: 'bad state for [redacted]',
    });
    expect(serializeError('plain words')).toEqual({ name: 'NonError', message: 'plain words' });
  });
});
