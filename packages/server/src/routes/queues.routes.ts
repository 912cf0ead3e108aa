import { ReleaseQuarantineRequest } from '@newsfacts/core';
import { refetchReleasedArticle } from '@newsfacts/queues';
import { listQuarantined, releaseQuarantined } from '@newsfacts/store';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/auth.middleware.ts';
import { queuesPage } from '../pages/queues.page.ts';
import { bullBoardApp } from '../queues/bull-board.ts';
import type { QueueHealth } from '../queues/queue-health.ts';
import { asStoreDb, type ServerDb } from '../server-database.ts';
import { jsonBody } from './review.routes.ts';

export const BOARD_PATH = '/queues/board';

/** Queue health for operators; answers with a clear message instead of hanging when Redis is down. */
export function queuesRoutes(health: QueueHealth | null, serverDb: ServerDb): Hono<AppEnv> {
  const db = asStoreDb(serverDb);
  const app = new Hono<AppEnv>();
  app.use('/queues', requireRole('operator'));
  app.use('/queues/*', requireRole('operator'));
  app.use('/api/queues', requireRole('operator'));
  app.use('/api/queues/*', requireRole('operator'));
  app.use('/api/quarantine', requireRole('operator'));
  app.use('/api/quarantine/*', requireRole('operator'));
  const up = async () => health !== null && (await health.available());

  // Released rows are fetched again at once: released without a fetch, an article already seen in its
  // feed would never come back. So nothing is released while Redis is down.
  const release = async (request: ReleaseQuarantineRequest) => {
    const rows = await releaseQuarantined(db, 'all' in request ? undefined : request.url);
    for (const row of rows) await refetchReleasedArticle(health!.set, { url: row.url, feedId: row.feed_id, guid: row.guid });
    return rows;
  };

  app.get('/queues', async (c) => {
    const counts = (await up()) ? await health!.counts() : null;
    const quarantined = await listQuarantined(db);
    return c.html(queuesPage(c.get('user')!, c.get('csrfToken'), counts, c.req.query('msg') ?? null, BOARD_PATH, quarantined), counts ? 200 : 503);
  });
  app.post('/queues/quarantine/release', async (c) => {
    const form = await c.req.parseBody();
    const parsed = ReleaseQuarantineRequest.safeParse(form.all === '1' ? { all: true } : { url: form.url });
    const back = (msg: string) => c.redirect(`/queues?msg=${encodeURIComponent(msg)}`, 303);
    if (!parsed.success) return back('Nothing released: name an article or all of them');
    if (!(await up())) return back('Redis is not reachable: nothing released');
    const rows = await release(parsed.data);
    return back(rows.length === 0 ? 'No such quarantined article' : `Released ${rows.length} article(s); fetching again`);
  });
  app.get('/api/quarantine', async (c) => c.json({ quarantined: await listQuarantined(db) }));
  app.post('/api/quarantine/release', async (c) => {
    const body = await jsonBody(c, ReleaseQuarantineRequest);
    if (!body.ok) return body.res;
    if (!(await up())) return c.json({ error: 'redis is not reachable: nothing released' }, 503);
    const rows = await release(body.data);
    if (rows.length === 0 && !('all' in body.data)) return c.json({ error: 'no quarantined article has that URL' }, 404);
    return c.json({ released: rows.map((r) => r.url) });
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
