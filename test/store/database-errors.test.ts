// Which errors mean "the database cannot be reached right now" (the person is told to try again)
// rather than a bug.
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/store/database-errors.js';

const named = (name: string) => Object.assign(new Error('x'), { name });
const coded = (code: string) => Object.assign(new Error('This socket has been ended by the other party'), { code });

describe('isDatabaseUnavailable', () => {
  it('is true for the driver’s reachability errors, and for a socket the killed server ended (EPIPE, ECONNRESET)', () => {
    for (const name of ['MongoServerSelectionError', 'MongoNetworkError', 'MongoNetworkTimeoutError', 'MongoPoolClearedError', 'MongoTopologyClosedError']) expect(isDatabaseUnavailable(named(name))).toBe(true);
    expect(isDatabaseUnavailable(coded('EPIPE'))).toBe(true);
    expect(isDatabaseUnavailable(coded('ECONNRESET'))).toBe(true);
  });

  it('is false for a bug or a server refusal', () => {
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable(named('MongoServerError'))).toBe(false);
    expect(isDatabaseUnavailable(coded('ENOENT'))).toBe(false);
    expect(isDatabaseUnavailable('EPIPE')).toBe(false);
  });
});
