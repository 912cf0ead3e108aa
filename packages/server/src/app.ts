import type { Kysely } from 'kysely';
import { createAuthMetrics, createMetricsRegistry } from '@newsfacts/observability';
import type { Database } from '@newsfacts/store';
import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { type QueryApiStore, createQueryApi } from './api/query-api.ts';
import type { AppEnv } from './app-env.ts';
import { type AuthFailureLimits, type WebLogger, createAuthFailureLimiter, stderrLogger } from './auth/auth-failures.ts';
import { authenticate, requireCsrfToken, requireRole } from './auth/auth.middleware.ts';
import { limitBody } from './http/body-limit.middleware.ts';
import { clientOrigin, compileTrustProxy } from './http/client-origin.middleware.ts';
import { securityHeaders } from './http/security-headers.middleware.ts';
import type { QueueHealth } from './queues/queue-health.ts';
import { articleRoutes } from './routes/article.routes.ts';
import { authRoutes } from './routes/auth.routes.ts';
import { entitiesRoutes } from './routes/entities.routes.ts';
import { explorerRoutes } from './routes/explorer.routes.ts';
import { homeRoutes } from './routes/home.routes.ts';
import { type FeedsRoutesOptions, feedsRoutes } from './routes/feeds.routes.ts';
import { type MetricsOptions, opsRoutes, serverRegistry } from './routes/ops.routes.ts';
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
  /** What the app accepts and trusts; every field has a safe default (WEB_SECURITY_DEFAULTS). */
  security?: Partial<WebSecurityOptions>;
}

export interface WebSecurityOptions {
  /** Request bodies past this get a 413 before any parsing. */
  maxBodyBytes: number;
  /** Sign-in carries a token and a path: a far smaller cap, as it is open to anyone. */
  signInMaxBodyBytes: number;
  /** proxy-addr trust list: whose X-Forwarded-For / X-Forwarded-Proto to believe. Empty: nobody's. */
  trustProxy: readonly string[];
  /** Secure on every session cookie; false: only on requests that arrived over HTTPS. */
  secureCookies: boolean;
  authFailures: AuthFailureLimits;
  logger: WebLogger;
}

export const WEB_SECURITY_DEFAULTS: WebSecurityOptions = {
  maxBodyBytes: 1024 * 1024,
  signInMaxBodyBytes: 8 * 1024,
  trustProxy: [],
  secureCookies: true,
  authFailures: { limit: 10, windowSeconds: 900 },
  logger: stderrLogger,
};

/**
 * The whole web app. Nothing is public except /healthz, /readyz, the sign-in page and static files; every
 * other route names the role it needs. Bearer tokens for scripts, HTTP-only cookie sessions for browsers.
 */
export function createApp(options: AppOptions): Hono<AppEnv> {
  const db = asServerDb(options.db);
  const security = { ...WEB_SECURITY_DEFAULTS, ...options.security };
  const registry = options.metrics ? serverRegistry(db, options.queues) : createMetricsRegistry();
  const failures = createAuthFailureLimiter(security.authFailures, createAuthMetrics(registry), security.logger);
  const app = new Hono<AppEnv>();
  app.use('*', securityHeaders(BOARD_PATH));
  app.use('*', clientOrigin(compileTrustProxy(security.trustProxy)));
  // Sizes first: nothing below reads a body that has not passed its cap.
  app.use('/sign-in', limitBody(security.signInMaxBodyBytes));
  app.use('*', limitBody(security.maxBodyBytes));
  app.get('/healthz', (c) => c.json({ ok: true }));
  const ops = opsRoutes(db, options.queues, options.metrics ? { options: options.metrics, registry } : null);
  app.route('/', ops.probes);
  app.route('/', staticRoutes());
  // Form posts must come from our own origin (Origin / Sec-Fetch-Site), before any body is read. A
  // request with an Authorization header carries no ambient credential (authenticate refuses a bad
  // one outright), so a script's POST needs no Origin and no form-looking Content-Type check.
  const sameOrigin = csrf({ origin: (origin, c) => origin === c.get('origin') });
  app.use('*', async (c, next) => (c.req.header('authorization') ? next() : sameOrigin(c, next)));
  app.use('*', authenticate(db, failures));
  app.use('*', requireCsrfToken({ sameOriginOnly: (path) => path.startsWith(`${BOARD_PATH}/`) }));
  app.route('/', authRoutes(db, { failures, secureCookies: security.secureCookies }));
  app.route('/', homeRoutes(db, options.queues));
  app.route('/', reviewRoutes(db));
  app.route('/', feedsRoutes(db, { defaultIntervalMinutes: 15, ...options.feeds }));
  app.route('/', queuesRoutes(options.queues, db));
  app.route('/', ops.operator);
  app.route('/', explorerRoutes(db));
  app.route('/', articleRoutes(db));
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
