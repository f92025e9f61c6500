import type { Express } from 'express';
import type { Logger } from '../log/logger.js';
import { hashToken, PRIVATE_TOKEN } from '../links/private-token.js';
import { FixedWindowLimiter } from '../links/rate-limit.js';

/** What a private link serves: a body and its type, or nothing (an unknown, revoked or expired token). */
export interface LinkBody {
  type: string;
  body: string | Buffer;
  /** Sent as Content-Disposition, for a download. */
  filename?: string;
}

export interface PrivateLinkRoute {
  /** `/calendar`: links are `<prefix>/<token><extension>`. */
  prefix: string;
  extension: string;
  resolve(token: string): Promise<LinkBody | undefined>;
  /** Requests per token per window (default 30 a minute). */
  limit?: { requests: number; windowMs: number };
  log: Logger;
  clock?: () => number;
}

/**
 * GET `<prefix>/<token><extension>`: the token is the only credential, so anything but a current
 * token gets a bare 404 (the same for malformed, unknown, revoked or expired: nothing to learn),
 * and each token is rate-limited. The token never reaches the logs: only its hash's first digits.
 */
export function mountPrivateLink(app: Express, route: PrivateLinkRoute): void {
  const limiter = new FixedWindowLimiter(route.limit?.requests ?? 30, route.limit?.windowMs ?? 60_000);
  const clock = route.clock ?? Date.now;
  app.get(`${route.prefix}/:file`, async (req, res) => {
    res.set('Cache-Control', 'private, no-store').set('Referrer-Policy', 'no-referrer');
    const file = req.params.file;
    const token = file.endsWith(route.extension) ? file.slice(0, -route.extension.length) : '';
    if (!PRIVATE_TOKEN.test(token)) return void res.status(404).end();
    const hash = hashToken(token);
    const taken = limiter.take(hash, clock());
    if (!taken.allowed) {
      route.log.warn({ link: route.prefix, token: hash.slice(0, 8) }, 'private link: rate limit reached');
      return void res.status(429).set('Retry-After', String(taken.retryAfterSeconds)).end();
    }
    try {
      const found = await route.resolve(token);
      if (!found) return void res.status(404).end();
      res.status(200).type(found.type);
      if (found.filename) res.attachment(found.filename);
      res.send(found.body);
    } catch (error) {
      route.log.error({ err: error, link: route.prefix, token: hash.slice(0, 8) }, 'private link: could not be served');
      res.status(503).end();
    }
  });
}
