import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/auth.middleware.ts';
import { queuesPage } from '../pages/queues.page.ts';
import { bullBoardApp } from '../queues/bull-board.ts';
import type { QueueHealth } from '../queues/queue-health.ts';

export const BOARD_PATH = '/queues/board';

/** Queue health for operators; answers with a clear message instead of hanging when Redis is down. */
export function queuesRoutes(health: QueueHealth | null): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/queues', requireRole('operator'));
  app.use('/queues/*', requireRole('operator'));
  app.use('/api/queues', requireRole('operator'));
  app.use('/api/queues/*', requireRole('operator'));
  const up = async () => health !== null && (await health.available());

  app.get('/queues', async (c) => {
    const counts = (await up()) ? await health!.counts() : null;
    return c.html(queuesPage(c.get('user')!, c.get('csrfToken'), counts, c.req.query('msg') ?? null, BOARD_PATH), counts ? 200 : 503);
  });
  app.post('/queues/:name/retry', async (c) => {
    if (!(await up())) return c.redirect(`/queues?msg=${encodeURIComponent('Redis is not reachable: nothing retried')}`, 303);
    const ok = await health!.retryFailed(c.req.param('name'));
    return c.redirect(`/queues?msg=${encodeURIComponent(ok ? `Failed jobs of ${c.req.param('name')} moved back to waiting` : 'No such queue')}`, 303);
  });
  app.get('/api/queues', async (c) => {
    if (!(await up())) return c.json({ error: 'redis is not reachable' }, 503);
    return c.json({ queues: await health!.counts() });
  });
  app.post('/api/queues/:name/retry', async (c) => {
    if (!(await up())) return c.json({ error: 'redis is not reachable' }, 503);
    return (await health!.retryFailed(c.req.param('name'))) ? c.json({ retried: c.req.param('name') }) : c.json({ error: 'no such queue' }, 404);
  });

  if (health) {
    app.use(`${BOARD_PATH}/*`, async (c, next) => {
      if (!(await up())) return c.text('Redis is not reachable: the queue dashboard is unavailable until it is back.', 503);
      return next();
    });
    app.route(BOARD_PATH, bullBoardApp(health, BOARD_PATH));
  }
  return app;
}
