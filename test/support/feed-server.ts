import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { projectRoot } from '../../src/util/project-root.js';

export interface FeedServer {
  url(path: string): string;
  /** Requests received per path, with the conditional headers they carried. */
  requests: Array<{ path: string; ifNoneMatch?: string; ifModifiedSince?: string }>;
  close(): Promise<void>;
}

const fixture = (name: string) => readFileSync(join(projectRoot(), 'test', 'fixtures', 'feeds', name), 'utf8');

/**
 * Serves the feed fixtures on 127.0.0.1, plus hostile answers: a huge body, a server that
 * trickles bytes, endless redirects, a 500. `/rss.xml` honours ETag and `/atom.xml`
 * Last-Modified, answering 304 to a matching conditional GET.
 */
export async function startFeedServer(): Promise<FeedServer> {
  const requests: FeedServer['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
    const xml = (body: string, headers: Record<string, string> = {}) => {
      res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8', ...headers });
      res.end(body);
    };
    switch (path) {
      case '/rss.xml':
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
        return xml(fixture('rss.xml'), { etag: '"v1"' });
      case '/atom.xml': {
        const modified = 'Thu, 05 Mar 2026 12:00:00 GMT';
        if (req.headers['if-modified-since'] === modified) return void res.writeHead(304).end();
        return xml(fixture('atom.xml'), { 'last-modified': modified });
      }
      case '/rdf.xml':
        return xml(fixture('rdf.xml'));
      case '/malformed.xml':
        return xml(fixture('malformed.xml'));
      case '/huge.xml': {
        // No content-length: the cap must hold while streaming.
        res.writeHead(200, { 'content-type': 'application/xml' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 50 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => (sent = Number.POSITIVE_INFINITY));
        return pump();
      }
      case '/slow.xml': {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
        const timer = setInterval(() => res.write(' '), 200);
        timers.add(timer);
        res.on('close', () => {
          clearInterval(timer);
          timers.delete(timer);
        });
        return;
      }
      case '/loop':
        return void res.writeHead(302, { location: `/loop?n=${Math.random()}` }).end();
      case '/moved':
        return void res.writeHead(301, { location: '/rdf.xml' }).end();
      default:
        return void res.writeHead(500).end('boom');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    async close() {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
