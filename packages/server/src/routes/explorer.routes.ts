import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/auth.middleware.ts';
import { explorerPage } from '../pages/explorer.page.ts';
import { defaultSeries } from '../repositories/explorer-default.repository.ts';
import type { ServerDb } from '../server-database.ts';

export function explorerRoutes(db: ServerDb): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/explorer', requireRole('researcher'));
  app.get('/explorer', async (c) => {
    // A bare /explorer opens on the most reported series, as a link the researcher can keep or change.
    if (new URL(c.req.url).search === '') {
      const series = await defaultSeries(db);
      if (series) {
        const query = new URLSearchParams({ type: series.type, metric: series.metric, ...(series.unit ? { unit: series.unit } : {}), newest: series.newestPeriod });
        return c.redirect(`/explorer?${query}`, 302);
      }
    }
    const feeds = (await db.selectFrom('feeds').select(['id', 'title', 'url']).orderBy('id').execute()).map((f) => ({ id: f.id, label: f.title ?? f.url }));
    return c.html(explorerPage(c.get('user')!, c.get('csrfToken'), feeds));
  });
  return app;
}
