import type { Express } from 'express';

export interface HealthOptions {
  /** true when the database answers */
  ready: () => Promise<boolean>;
}

/**
 * `/healthz`: the process is alive (no database call, for liveness probes).
 * `/readyz`: the database answers (for readiness probes and load balancers): 200 or 503.
 */
export function mountHealth(app: Express, options: HealthOptions): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ok = await options.ready().catch(() => false);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', neo4j: ok });
  });
}
