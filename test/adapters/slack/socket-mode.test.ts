// Socket Mode (SLACK_APP_TOKEN): the real Bolt SocketModeReceiver connects to a WebSocket that a
// local server plays Slack's part on, gets a slash command envelope, acknowledges it, and answers
// through response_url — the same engine as over HTTP.
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../../src/app/build-engine.js';
import { createRepositories } from '../../../src/app/repositories.js';
import { createLogger } from '../../../src/log/logger.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../support/fake-slack-api.js';
import { startSlackHarness, type SlackHarness } from '../../support/slack-harness.js';
import { useTestDatabase } from '../../support/mongo.js';

const { db } = useTestDatabase();
let api: FakeSlackApi;
let server: WebSocket.Server;
let h: SlackHarness;
const received: Array<Record<string, unknown>> = [];
let socket: WebSocket | undefined;

beforeAll(async () => {
  server = new WebSocket.Server({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  server.on('connection', (ws) => {
    socket = ws;
    ws.on('message', (data) => received.push(JSON.parse(String(data)) as Record<string, unknown>));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: { host: 'local' } }));
  });
  api = await startFakeSlackApi();
  // Slack hands the WebSocket's address to an app token through apps.connections.open.
  api.script('apps.connections.open', { body: { ok: true, url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/` } });
  const engine = buildEngine({
    repositories: createRepositories(db),
    defaults: { locale: 'en', timeZone: 'America/Toronto' },
    log: createLogger({ level: 'silent', format: 'json' }),
  });
  h = await startSlackHarness({ db, engine, api, env: { SLACK_APP_TOKEN: 'xapp-1-A1-test' } });
});
afterAll(async () => {
  await h.close();
  server.close();
});

describe('Socket Mode', () => {
  it('acknowledges a /boussole envelope and answers it through response_url', async () => {
    expect(socket, 'Boussole connected to the WebSocket').toBeDefined();
    expect(api.callsOf('apps.connections.open').at(-1)!.token).toBe('xapp-1-A1-test');
    socket!.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          token: 'unused-in-socket-mode',
          team_id: 'T1',
          team_domain: 'boussole',
          channel_id: 'C1',
          channel_name: 'general',
          user_id: 'U1',
          user_name: 'marie',
          command: '/boussole',
          text: 'help',
          api_app_id: 'A1',
          response_url: `${api.base}/respond/socket-help`,
          trigger_id: 'trigger-socket-1',
        },
      }),
    );
    const answer = await api.waitFor(() => api.responses.find((r) => r.id === 'socket-help'), 10_000, 'the answer at response_url');
    expect(received.some((m) => m.envelope_id === 'env-1')).toBe(true);
    expect(JSON.stringify(answer.body)).toContain('Boussole — commands');
    // Nothing listens over HTTP in Socket Mode.
    expect((await fetch(`${h.url}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
