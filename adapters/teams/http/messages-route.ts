import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from '../../../src/log/logger.js';
import { describeInvalid, inboundActivitySchema } from './inbound-activity.js';

export interface MessagesRouteOptions {
  /** Hands a request whose envelope is sound to the CloudAdapter, which verifies its token and runs the bot. */
  process: (req: Request, res: Response) => Promise<void>;
  /** True when requests must carry a Bot Framework token (MICROSOFT_APP_ID set). */
  authenticated: boolean;
  log: Logger;
  /** Counts the requests in progress, so a stop waits for them. */
  track: <T>(work: Promise<T>) => Promise<T>;
}

/**
 * `POST /api/messages`: checks the envelope, then hands the request to the CloudAdapter, which
 * verifies the token (401 when it is missing or wrong) and runs the bot.
 */
export function mountMessagesRoute(app: Express, options: MessagesRouteOptions): void {
  const { process, authenticated, log, track } = options;

  const handler: RequestHandler = async (req, res) => {
    // A request without any token is refused before its body is looked at: nothing about it is trusted.
    if (authenticated && !req.headers.authorization) {
      res.status(401).json({ error: 'missing Bot Framework authorization' });
      return;
    }
    const parsed = inboundActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      const reason = describeInvalid(parsed.error);
      log.info({ reason }, 'Teams: malformed activity refused');
      res.status(400).json({ error: reason });
      return;
    }
    await track(process(req, res));
  };

  // Answers a body that is not JSON with a 400 of our own instead of express's HTML page.
  const badBody: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, next) => {
    if (error.status === 400 || error.status === 413 || error.type === 'entity.parse.failed') {
      res.status(error.status === 413 ? 413 : 400).json({ error: error.status === 413 ? 'activity too large' : 'the body is not valid JSON' });
      return;
    }
    next(error);
  };

  app.post('/api/messages', express.json({ limit: '1mb' }), handler, badBody);
}
