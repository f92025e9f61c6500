// A logger that writes into memory, for tests that read what was logged.
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log/logger.js';

export interface CapturedLog {
  log: Logger;
  /** Every line written, as text. */
  lines: string[];
  /** Every line written, parsed. */
  records(): Array<Record<string, unknown>>;
}

export function captureLog(level = 'info'): CapturedLog {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().trim().split('\n'));
      done();
    },
  });
  return { lines, log: createLogger({ level, format: 'json', destination }), records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}
