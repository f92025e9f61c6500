// The day that tests typing dates stand on: Saturday, November 28, 2026, 10:00 in Toronto. The
// engine refuses a date already past, so a test whose dates are counted from the machine's clock
// breaks once they are; counted from this day, they stay ahead whatever day the test runs.
export const TEST_DAY = '2026-11-28T15:00:00Z';

/** A clock stopped on TEST_DAY, for a harness or composition that takes one. */
export const onTestDay = (): Date => new Date(TEST_DAY);
