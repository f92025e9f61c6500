// A fake of Slack's Web API as a small HTTP server on 127.0.0.1: it records every call (method,
// arguments, token), answers with Slack's response shapes, and can be scripted per method with
// errors, rate limits or delays. Response URLs and files.uploadV2's upload URLs point at it too.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
  at: number;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  at: number;
}

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
  delayMs?: number;
}

export interface FakeUser {
  is_admin?: boolean;
  is_owner?: boolean;
  real_name?: string;
  display_name?: string;
  locale?: string;
  /** Slack answers `user_not_found` (someone removed from the workspace). */
  notFound?: boolean;
}

export interface FakeSlackApi {
  /** The Web API base URL, for SLACK_API_URL (ends with /api/). */
  apiUrl: string;
  base: string;
  calls: ApiCall[];
  responses: ResponseUrlPost[];
  uploads: Array<{ fileId: string; bytes: Buffer; token: string | undefined }>;
  users: Map<string, FakeUser>;
  /** Answers the next calls of `method` with these responses, in order, before the defaults. */
  script(method: string, ...responses: ScriptedResponse[]): void;
  /** Delays every answer (latency of a distant Slack). */
  setDelay(ms: number): void;
  responseUrl(id: string): string;
  callsOf(method: string): ApiCall[];
  waitFor<T>(find: () => T | undefined | false, timeoutMs?: number, what?: string): Promise<T>;
  /** Resolves when a response_url post arrives (notified at once, for latency measurements). */
  onResponse(listener: (post: ResponseUrlPost) => void): void;
  reset(): void;
  close(): Promise<void>;
}

const JSON_ARGS = ['blocks', 'view', 'files', 'attachments'];

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const uploads: FakeSlackApi['uploads'] = [];
  const users = new Map<string, FakeUser>();
  const scripts = new Map<string, ScriptedResponse[]>();
  const responseListeners: Array<(post: ResponseUrlPost) => void> = [];
  let delay = 0;
  let fileCounter = 0;
  let ts = 1_700_000_000;
  let base = '';

  const defaults: Record<string, (args: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => ({ ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'boussole', team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' }),
    'conversations.open': (args) => ({ ok: true, channel: { id: `D${String(args.users ?? args.channel ?? 'X').split(',')[0]}` } }),
    'users.info': (args) => {
      const id = String(args.user);
      const u = users.get(id) ?? {};
      if (u.notFound) return { ok: false, error: 'user_not_found' };
      return {
        ok: true,
        user: {
          id,
          name: id.toLowerCase(),
          real_name: u.real_name ?? `User ${id}`,
          is_admin: u.is_admin ?? false,
          is_owner: u.is_owner ?? false,
          ...(args.include_locale ? { locale: u.locale ?? 'en-US' } : {}),
          profile: { display_name: u.display_name ?? '', real_name: u.real_name ?? `User ${id}` },
        },
      };
    },
    'chat.postMessage': (args) => {
      const channel = String(args.channel);
      return { ok: true, channel: channel.startsWith('U') ? `D${channel}` : channel, ts: `${ts++}.000100`, message: { text: args.text } };
    },
    'views.publish': () => ({ ok: true, view: { id: 'VHOME' } }),
    'views.open': () => ({ ok: true, view: { id: 'VMODAL' } }),
    'files.getUploadURLExternal': (args) => {
      const fileId = `F${++fileCounter}`;
      return { ok: true, upload_url: `${base}/upload/${fileId}?filename=${encodeURIComponent(String(args.filename))}`, file_id: fileId };
    },
    'files.completeUploadExternal': (args) => {
      const files = Array.isArray(args.files) ? (args.files as Array<{ id: string; title?: string }>) : [];
      return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
    },
    'oauth.v2.access': () => ({ ok: false, error: 'invalid_code' }),
  };

  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (delay > 0) await sleep(delay);
    if (url.pathname.startsWith('/respond/')) {
      const post = { id: decodeURIComponent(url.pathname.slice('/respond/'.length)), body: safeJson(body.toString()) ?? {}, at: performance.now() };
      responses.push(post);
      for (const listener of responseListeners) listener(post);
      return send(res, 200, { 'content-type': 'text/plain' }, 'ok');
    }
    if (url.pathname.startsWith('/upload/')) {
      uploads.push({ fileId: url.pathname.split('?')[0]!.slice('/upload/'.length), bytes: fileOf(req, body), token: bearer(req) });
      return send(res, 200, { 'content-type': 'text/plain' }, `OK - ${body.length}`);
    }
    if (!url.pathname.startsWith('/api/')) return send(res, 404, {}, 'not found');
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(req, body);
    calls.push({ method, args, token: bearer(req) ?? (typeof args.token === 'string' ? args.token : undefined), at: performance.now() });
    const scripted = scripts.get(method)?.shift();
    if (scripted) {
      if (scripted.delayMs) await sleep(scripted.delayMs);
      return send(res, scripted.status ?? 200, { 'content-type': 'application/json', ...scripted.headers }, JSON.stringify(scripted.body ?? { ok: true }));
    }
    const handler = defaults[method];
    return send(res, 200, { 'content-type': 'application/json' }, JSON.stringify(handler ? handler(args) : { ok: false, error: 'unknown_method' }));
  });
  // Kept open like the real platform's: undici (fetch) takes 1 s off a server's keep-alive hint,
  // so a 1 s hint made every post open a new connection, work the real service never costs.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    base,
    calls,
    responses,
    uploads,
    users,
    script(method, ...list) {
      scripts.set(method, [...(scripts.get(method) ?? []), ...list]);
    },
    setDelay(ms) {
      delay = ms;
    },
    responseUrl: (id) => `${base}/respond/${encodeURIComponent(id)}`,
    callsOf: (method) => calls.filter((c) => c.method === method),
    async waitFor(find, timeoutMs = 5000, what = 'a condition') {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = find();
        if (found) return found;
        if (Date.now() > until) throw new Error(`fake Slack API: timed out waiting for ${what}; calls so far: ${calls.map((c) => c.method).join(', ')}`);
        await sleep(10);
      }
    },
    onResponse(listener) {
      responseListeners.push(listener);
    },
    reset() {
      calls.length = 0;
      responses.length = 0;
      uploads.length = 0;
      scripts.clear();
      delay = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The uploaded bytes: the body itself, or the first part of a multipart/form-data body. */
function fileOf(req: IncomingMessage, body: Buffer): Buffer {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(req.headers['content-type'] ?? '');
  if (!boundary) return body;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf(delimiter);
  const headersEnd = body.indexOf('\r\n\r\n', start);
  const end = body.indexOf(delimiter, headersEnd);
  return start < 0 || headersEnd < 0 || end < 0 ? body : body.subarray(headersEnd + 4, end - 2);
}

function bearer(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
}

function parseArgs(req: IncomingMessage, body: Buffer): Record<string, unknown> {
  const type = req.headers['content-type'] ?? '';
  const text = body.toString();
  const args: Record<string, unknown> = type.includes('application/json') ? (safeJson(text) ?? {}) : Object.fromEntries(new URLSearchParams(text));
  for (const key of JSON_ARGS) if (typeof args[key] === 'string') args[key] = safeJson(args[key] as string) ?? args[key];
  return args;
}

function safeJson(text: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, headers);
  res.end(body);
}
