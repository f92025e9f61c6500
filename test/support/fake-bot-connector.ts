// A fake of the Bot Connector service (the REST API Teams exposes at an activity's `serviceUrl`),
// as a small HTTP server on 127.0.0.1: it records what the bot posts and answers as Teams would,
// including the failures a test asks for (403 for a removed bot, 429, 5xx).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  /** The conversation the activity was posted to. */
  conversationId: string;
  /** Set when the bot replied to an inbound activity (replyToActivity). */
  replyToId?: string;
  authorization?: string;
  activity: Record<string, unknown>;
}

export interface CreatedConversation {
  id: string;
  parameters: Record<string, unknown>;
}

export interface FakeBotConnector {
  /** The `serviceUrl` activities carry, ending with a slash like Teams' own. */
  url: string;
  received: ReceivedActivity[];
  created: CreatedConversation[];
  /** Every POST to a conversation's activities, failed ones included. */
  attempts: Array<{ conversationId: string; status: number }>;
  /** The next posts to this conversation answer with these statuses, one each, then 201 again. */
  failNext(conversationId: string, ...statuses: number[]): void;
  /** The next post to this conversation gets its answer only after `ms` (a connector that hangs). */
  hangNext(conversationId: string, ms: number): void;
  /** Every post to this conversation answers with `status` until cleared. */
  failAlways(conversationId: string, status: number | undefined): void;
  /** Resolves once `count` activities were received for the conversation (or rejects after a while). */
  waitFor(conversationId: string, count?: number, timeoutMs?: number): Promise<ReceivedActivity[]>;
  /** Activities received for one conversation. */
  for(conversationId: string): ReceivedActivity[];
  /** People the roster knows (GET …/members/{id} by Teams id or AAD object id); others get 404. */
  addMember(member: { id: string; aadObjectId: string; name: string }): void;
  /** How many roster look-ups were made (the bot caches them). */
  memberLookups(): number;
  /** Calls `listener` on each received activity (the benchmark's clock). */
  onActivity(listener: (received: ReceivedActivity) => void): () => void;
  reset(): void;
  close(): Promise<void>;
}

const errorBody = (status: number) =>
  JSON.stringify({ error: { code: status === 403 ? 'BotNotInConversationRoster' : `Status${status}`, message: `fake connector answered ${status}` } });

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startFakeBotConnector(): Promise<FakeBotConnector> {
  const received: ReceivedActivity[] = [];
  const created: CreatedConversation[] = [];
  const attempts: Array<{ conversationId: string; status: number }> = [];
  const queued = new Map<string, number[]>();
  const always = new Map<string, number>();
  const listeners = new Set<(r: ReceivedActivity) => void>();
  let sequence = 0;
  const hangs = new Map<string, number[]>();
  const members: Array<{ id: string; aadObjectId: string; name: string }> = [];
  let lookups = 0;

  const send = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = req.method === 'POST' || req.method === 'PUT' ? await readJson(req) : {};
    if (req.method === 'POST' && path === '/v3/conversations') {
      const id = `a:created-${++sequence}`;
      created.push({ id, parameters: body });
      return send(res, 201, JSON.stringify({ id, activityId: `created-activity-${sequence}` }));
    }
    const member = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && member) {
      lookups++;
      const found = members.find((m) => m.id === member[2] || m.aadObjectId === member[2]);
      return found ? send(res, 200, JSON.stringify({ ...found, userPrincipalName: `${found.aadObjectId}@example.org` })) : send(res, 404, errorBody(404));
    }
    const activities = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
    if (req.method === 'POST' && activities) {
      const conversationId = activities[1]!;
      const hang = hangs.get(conversationId)?.shift();
      if (hang) await new Promise((resolve) => setTimeout(resolve, hang));
      const queue = queued.get(conversationId);
      const status = queue?.shift() ?? always.get(conversationId) ?? 201;
      attempts.push({ conversationId, status });
      if (status >= 300) return send(res, status, errorBody(status));
      const entry: ReceivedActivity = {
        conversationId,
        ...(activities[2] ? { replyToId: activities[2] } : {}),
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        activity: body,
      };
      received.push(entry);
      for (const listener of listeners) listener(entry);
      return send(res, 201, JSON.stringify({ id: `sent-${++sequence}` }));
    }
    send(res, 404, errorBody(404));
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, JSON.stringify({ error: String(error) })));
  });
  // Kept open like the real platform's: undici (fetch) takes 1 s off a server's keep-alive hint,
  // so a 1 s hint made every post open a new connection, work the real service never costs.
  server.keepAliveTimeout = 65_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  const forConversation = (conversationId: string) => received.filter((r) => r.conversationId === conversationId);

  return {
    url: `http://127.0.0.1:${port}/`,
    received,
    created,
    attempts,
    failNext(conversationId, ...statuses) {
      queued.set(conversationId, [...(queued.get(conversationId) ?? []), ...statuses]);
    },
    hangNext(conversationId, ms) {
      hangs.set(conversationId, [...(hangs.get(conversationId) ?? []), ms]);
    },
    failAlways(conversationId, status) {
      if (status === undefined) always.delete(conversationId);
      else always.set(conversationId, status);
    },
    for: forConversation,
    waitFor(conversationId, count = 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = forConversation(conversationId);
          if (found.length >= count) {
            cleanup();
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`the fake connector received ${forConversation(conversationId).length} of ${count} activities for ${conversationId}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    addMember(m) {
      members.push(m);
    },
    memberLookups: () => lookups,
    onActivity(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      received.length = 0;
      created.length = 0;
      attempts.length = 0;
      queued.clear();
      always.clear();
      hangs.clear();
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
