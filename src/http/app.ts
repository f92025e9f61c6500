import express, { type Express } from 'express';

export interface HealthProbe {
  /** True when the database answers. */
  ready(): Promise<boolean>;
}

/**
 * The one HTTP application: health routes here; the Slack (`/slack/events`, OAuth) and Teams
 * (`/api/messages`) routes are mounted on it by their adapters.
 */
export function createHttpApp(probe: HealthProbe): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await probe.ready();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', database: ok ? 'reachable' : 'unreachable' });
  });
  return app;
}
