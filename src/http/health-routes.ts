import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { pendingMigrations } from '../db/data-source';

/** `/healthz`: the process answers. `/readyz`: the database answers and every migration has run. */
export function healthRouter(db: DataSource, isShuttingDown: () => boolean): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isShuttingDown()) {
      res.status(503).json({ status: 'shutting_down', database: 'unknown', pendingMigrations: [] });
      return;
    }
    try {
      const pending = await pendingMigrations(db);
      const ready = pending.length === 0;
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations_pending', database: 'ok', pendingMigrations: pending });
    } catch (err) {
      res.status(503).json({ status: 'database_unreachable', database: 'error', error: (err as Error).message });
    }
  });
  return router;
}
