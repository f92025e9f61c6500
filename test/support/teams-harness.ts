// Boussole's Teams endpoint on a real HTTP server: the shared express app, mountTeams, the real
// CloudAdapter, a fake Bot Connector for the replies, and the test database.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Db } from 'mongodb';
import { mountTeams, type TeamsChannel } from '../../adapters/teams/mount.js';
import type { Config } from '../../src/config/env.js';
import type { Engine } from '../../src/core/ports/engine.js';
import { createHttpApp } from '../../src/http/app.js';
import { closeServer, listen } from '../../src/http/listen.js';
import { createLogger } from '../../src/log/logger.js';
import { ensureIndexes } from '../../src/store/repository.js';
import { createAllRepositories, type AllRepositories } from './repositories.js';
import { startFakeBotConnector, type FakeBotConnector } from './fake-bot-connector.js';

export interface TeamsHarness {
  url: string;
  connector: FakeBotConnector;
  repositories: AllRepositories;
  teams: TeamsChannel;
  logs: Array<Record<string, unknown>>;
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  close(): Promise<void>;
}

export async function startTeamsHarness(options: {
  db: Db;
  engine: Engine;
  teams?: Partial<Config['teams']>;
  notifier?: { rateLimitRetries?: number; rateLimitDelayMs?: number };
}): Promise<TeamsHarness> {
  const logs: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const log = createLogger({ level: 'debug', format: 'json', destination });
  const repositories = createAllRepositories(options.db);
  await ensureIndexes([repositories.tenants, repositories.teamsConversations, repositories.processedKeys]);
  const connector = await startFakeBotConnector();
  const app = createHttpApp({ ready: async () => true });
  const teams = await mountTeams({
    app,
    config: {
      teams: { appId: undefined, appPassword: undefined, appType: 'SingleTenant', tenantId: undefined, ...options.teams },
      defaults: { locale: 'en', timeZone: 'America/Toronto' },
    },
    log,
    engine: options.engine,
    repositories,
    ...(options.notifier ? { notifier: options.notifier } : {}),
  });
  const server: Server = await listen(app, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    connector,
    repositories,
    teams,
    logs,
    async post(body, headers = {}) {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    async close() {
      await teams.stop();
      await closeServer(server);
      await connector.close();
    },
  };
}
