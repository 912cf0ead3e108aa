import { bearerMatches, cachedReader, checkReadiness, createMetricsRegistry, type Readiness, type Registry, registerQueueDepths, registerScrapeGauge, renderMetrics } from '@newsfacts/observability';
import { type Context, Hono } from 'hono';
import { sql } from 'kysely';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/auth.middleware.ts';
import type { QueueHealth } from '../queues/queue-health.ts';
import type { ServerDb } from '../server-database.ts';

export interface MetricsOptions {
  /** Lets a scraper in with `Authorization: Bearer <token>` and no user account; null: operators only. */
  token: string | null;
}

/** Counting the review backlog walks an index; a scrape every few seconds need not redo it. */
const REVIEW_PENDING_CACHE_MS = 5000;

/**
 * /readyz (public, like /healthz) and /metrics. Metrics are never public on the web app, which may
 * face the internet: an operator's bearer token or session, or the dedicated metrics token.
 */
export function opsRoutes(db: ServerDb, queues: QueueHealth | null, metrics: { options: MetricsOptions; registry: Registry } | null): { probes: Hono<AppEnv>; operator: Hono<AppEnv> } {
  const probes = new Hono<AppEnv>();
  const operator = new Hono<AppEnv>();
  probes.get('/readyz', async (c) => {
    const readiness: Readiness = await checkReadiness({
      database: async () => ((await sql`select 1 as ok`.execute(db)).rows.length === 1 ? null : 'no answer'),
      // Without Redis configured the app serves everything but the queue pages: not a reason to drain it.
      ...(queues ? { redis: async () => ((await queues.available()) ? null : 'not reachable') } : {}),
    });
    return c.json(readiness, readiness.ready ? 200 : 503);
  });
  if (!metrics) return { probes, operator };
  const { registry } = metrics;
  const serve = async (c: Context) => {
    const { contentType, body } = await renderMetrics(registry);
    return c.body(body, 200, { 'content-type': contentType, 'cache-control': 'no-store' });
  };
  // Before sign-in is resolved: the metrics token is no user's token and would be refused there.
  const token = metrics.options.token;
  if (token) probes.use('/metrics', async (c, next) => (bearerMatches(c.req.header('authorization'), token) ? serve(c) : next()));
  operator.get('/metrics', requireRole('operator'), serve);
  return { probes, operator };
}

/** The web app's registry: process metrics, queue depths (when Redis is configured), the review backlog. */
export function serverRegistry(db: ServerDb, queues: QueueHealth | null): Registry {
  const registry = createMetricsRegistry({ processMetrics: true });
  if (queues) {
    // A down Redis would make the counts wait on reconnects: skip them and let /readyz tell.
    registerQueueDepths(registry, async () => {
      if (!(await queues.available())) throw new Error('redis is not reachable');
      return queues.counts();
    });
  }
  const pending = cachedReader(async () => {
    const row = await db.selectFrom('facts').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirst();
    return Number(row?.n ?? 0);
  }, REVIEW_PENDING_CACHE_MS);
  registerScrapeGauge(registry, { name: 'newsfacts_review_pending', help: 'Facts waiting for a reviewer', read: pending });
  return registry;
}
