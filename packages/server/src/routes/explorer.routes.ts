import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/auth.middleware.ts';
import { explorerPage } from '../pages/explorer.page.ts';
import type { ServerDb } from '../server-database.ts';

export function explorerRoutes(_db: ServerDb): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/explorer', requireRole('researcher'));
  app.get('/explorer', (c) => c.html(explorerPage(c.get('user')!, c.get('csrfToken'))));
  return app;
}
