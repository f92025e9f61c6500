import { defineConfig } from 'vitest/config';


export default defineConfig({
  test: {
    // Two cores on CI: more workers only contend for them and for the one database server.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          globalSetup: ['test/support/global-database.ts'],
          pool: 'forks',
          include: ['test/**/*.test.ts'],
          exclude: ['test/faults/**'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The fault suite: real Boussole processes, each with its own embedded database, killed
        // and restarted. Slow by nature (each start builds a server), so apart and with room.
        test: {
          name: 'faults',
          pool: 'forks',
          include: ['test/faults/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
