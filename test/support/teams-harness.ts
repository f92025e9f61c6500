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
import { documentLinkMaker } from '../../src/documents/docx/download-link.js';
import { mountPrivateLinks } from '../../src/http/private-links.js';
import { PublicUrl } from '../../src/links/public-url.js';
import { closeServer, listen } from '../../src/http/listen.js';
import { createLogger } from '../../src/log/logger.js';
import { ensureIndexes } from '../../src/store/repository.js';
import { buildEngine } from '../../src/app/build-engine.js';
import { createRepositories, listRepositories } from '../../src/app/repositories.js';
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
  /** Mounts the private links (Word downloads) and gives the bot their maker, as boot does. */
  privateLinks?: boolean;
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
  const publicUrl = new PublicUrl(undefined);
  const defaults = { locale: 'en' as const, timeZone: 'America/Toronto' };
  if (options.privateLinks) mountPrivateLinks(app, { repositories, defaults, log });
  const documentLink = options.privateLinks ? documentLinkMaker({ links: repositories.documentLinks, publicUrl }) : undefined;
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
    ...(documentLink ? { documentLink } : {}),
  });
  const server: Server = await listen(app, 0, '127.0.0.1');
  publicUrl.listening((server.address() as AddressInfo).port);
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

/** The harness around Boussole's real engine, over the test database, French as the team's language. */
export async function startTeamsWithRealEngine(db: Db): Promise<TeamsHarness> {
  const repositories = createRepositories(db);
  await ensureIndexes(listRepositories(repositories));
  const engine = buildEngine({ repositories, defaults: { locale: 'fr', timeZone: 'America/Toronto' }, log: createLogger({ level: 'silent', format: 'json' }) });
  return startTeamsHarness({ db, engine });
}
