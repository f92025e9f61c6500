import { describe, expect, it } from 'vitest';
import { captureLog } from '../support/log-capture.js';
import { createRepeatSuppressor } from '../../src/log/repeat-suppressor.js';

function setup() {
  const { log, records } = captureLog();
  let now = 0;
  const repeats = createRepeatSuppressor(log, { summaryEveryMs: 60_000, now: () => now });
  return { records, repeats, advance: (ms: number) => (now += ms) };
}

describe('a repeated failure', () => {
  it('is written once, then at most once a minute with its count, then once more when it stops', () => {
    const { records, repeats, advance } = setup();
    // Three jobs failing on every 5-second poll for two minutes.
    for (let poll = 0; poll < 24; poll++) {
      for (const job of ['digest', 'reminders', 'feeds']) repeats.report('warn', `scheduler: MongoServerSelectionError`, { job }, 'scheduler error (retrying on the next poll)');
      advance(5000);
    }
    repeats.resolved('scheduler: ', 'scheduler works again');
    const lines = records();
    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      ['warn', 'scheduler error (retrying on the next poll)'],
      ['warn', 'scheduler error (retrying on the next poll) (repeated 36 times since the last line)'],
      ['info', 'scheduler works again (after 72 failures)'],
    ]);
    expect(lines[1]).toMatchObject({ repeated: 36, total: 37, sinceMs: 60_000 });
    expect(lines[2]).toMatchObject({ total: 72, lastedMs: 120_000 });
  });

  it('counts each kind of failure apart, and forgets only the ones that stopped', () => {
    const { records, repeats } = setup();
    repeats.report('error', 'job digest: MongoNetworkError', {}, 'job failed');
    repeats.report('error', 'job feeds: MongoNetworkError', {}, 'job failed');
    repeats.report('error', 'job digest: MongoNetworkError', {}, 'job failed');
    repeats.resolved('job digest: ', 'job runs again');
    repeats.resolved('job digest: ', 'job runs again');
    repeats.report('error', 'job digest: MongoNetworkError', {}, 'job failed');
    const lines = records();
    expect(lines.map((l) => l.msg)).toEqual(['job failed', 'job failed', 'job runs again (after 2 failures)', 'job failed']);
    expect(lines.map((l) => l.level)).toEqual(['error', 'error', 'info', 'error']);
  });
});
