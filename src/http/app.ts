import express, { type Express } from 'express';
import type { EmbeddedState } from '../store/embedded/supervisor.js';

export interface HealthProbe {
  /** True when the database answers. */
  ready(): Promise<boolean>;
  /** The embedded database's state, when Boussole runs its own (undefined for MONGODB_URI). */
  embedded?(): EmbeddedState | undefined;
}

/**
 * Liveness says whether this process is doing its job or healing; it never says "ok" for a
 * process that cannot recover. While the embedded database is being restarted the answer stays
 * 200 — killing Boussole then would only interrupt the restart — but says so; once the restart has
 * failed for good the answer is 503, and the process exits right after (see the supervisor).
 */
function liveness(state: EmbeddedState | undefined): { status: number; body: Record<string, unknown> } {
  if (!state || state.kind === 'running') return { status: 200, body: { status: 'ok' } };
  if (state.kind === 'restarting') {
    return { status: 200, body: { status: 'healing', database: 'restarting', attempts: state.attempts, sinceMs: Date.now() - state.since } };
  }
  return { status: 503, body: { status: 'failing', database: 'stopped' } };
}

/**
 * The one HTTP application: health routes here; the Slack (`/slack/events`, OAuth) and Teams
 * (`/api/messages`) routes are mounted on it by their adapters.
 */
export function createHttpApp(probe: HealthProbe): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    const { status, body } = liveness(probe.embedded?.());
    res.status(status).json(body);
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await probe.ready();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', database: ok ? 'reachable' : 'unreachable' });
  });
  return app;
}
