import type { Kysely } from 'kysely';
import type { Database } from '@newsfacts/store';
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { type QueryApiStore, createQueryApi } from './api/query-api.ts';
import type { AppEnv } from './app-env.ts';
import { authenticate, requireCsrfToken, requireRole } from './auth/auth.middleware.ts';
import { securityHeaders } from './http/security-headers.middleware.ts';
import type { QueueHealth } from './queues/queue-health.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { entitiesRoutes } from './routes/entities.routes.ts';
import { explorerRoutes } from './routes/explorer.routes.ts';
import { type FeedsRoutesOptions, feedsRoutes } from './routes/feeds.routes.ts';
import { type MetricsOptions, opsRoutes } from './routes/ops.routes.ts';
import { BOARD_PATH, queuesRoutes } from './routes/queues.routes.ts';
import { reviewRoutes } from './routes/review.routes.ts';
import { staticRoutes } from './routes/static.routes.ts';
import { asServerDb } from './server-database.ts';

export interface AppOptions {
  db: Kysely<Database>;
  /** Null when no Redis is configured: the queue pages say so instead of failing. */
  queues: QueueHealth | null;
  /**
   * The store handle for the read-only query API (GET /api/facts, /api/series, /api/groups), mounted
   * for researchers. Whole CSV exports open their own read connection on `path`.
   */
  queryStore?: QueryApiStore;
  feeds?: Partial<FeedsRoutesOptions>;
  /** Serves /metrics (queue depths, review backlog, process metrics); absent: no /metrics. */
  metrics?: MetricsOptions;
}

/**
 * The whole web app. Nothing is public except /healthz, /readyz, the sign-in page and static files; every
 * other route names the role it needs. Bearer tokens for scripts, HTTP-only cookie sessions for browsers.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const db = asServerDb(options.db);
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders(BOARD_PATH));
  app.get('/healthz', (c) => c.json({ ok: true }));
  const ops = opsRoutes(db, options.queues, options.metrics ?? null);
  app.route('/', ops.probes);
  app.route('/', staticRoutes());
  // Form posts must come from our own origin (Origin / Sec-Fetch-Site), before any body is read.
  app.use('*', csrf());
  app.use('*', authenticate(db));
  app.use('*', requireCsrfToken({ sameOriginOnly: (path) => path.startsWith(`${BOARD_PATH}/`) }));
  app.route('/', authRoutes(db));
  app.route('/', reviewRoutes(db));
  app.route('/', feedsRoutes(db, { defaultIntervalMinutes: 15, ...options.feeds }));
  app.route('/', queuesRoutes(options.queues));
  app.route('/', ops.operator);
  app.route('/', explorerRoutes(db));
  app.route('/', entitiesRoutes(db));
  if (options.queryStore) {
    app.use('/api/facts', requireRole('researcher'));
    app.use('/api/facts/*', requireRole('researcher'));
    app.use('/api/series', requireRole('researcher'));
    app.use('/api/series/*', requireRole('researcher'));
    app.use('/api/groups', requireRole('researcher'));
    app.use('/api/groups/*', requireRole('researcher'));
    app.route('/', createQueryApi(options.queryStore));
  }
  // Anything not matched above still needs a signed-in caller: no route is public by accident.
  app.use('*', requireRole('operator', 'reviewer', 'researcher'));
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((err, c) => {
    if ('getResponse' in err && typeof err.getResponse === 'function') return err.getResponse() as Response;
    console.error(err);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
