import { Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/auth.middleware.ts';
import { articlePage } from '../pages/article.page.ts';
import { articleIdOfFact, articleIdOfGroup, getArticleSnapshot, getArticleView } from '../repositories/article-view.repository.ts';
import type { ServerDb } from '../server-database.ts';

const positiveId = (text: string): number | null => (/^\d{1,15}$/.test(text) && Number(text) > 0 ? Number(text) : null);

/** The article view, and the links that lead to it from a fact (explorer, review queue) or a group. */
export function articleRoutes(db: ServerDb): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const readers = requireRole('reviewer', 'researcher', 'operator');
  for (const path of ['/articles/*', '/facts/*', '/groups/*']) app.use(path, readers);
  app.get('/articles/:id', async (c) => {
    const id = positiveId(c.req.param('id'));
    const article = id === null ? undefined : await getArticleView(db, id);
    if (!article) return c.json({ error: 'no such article' }, 404);
    return c.html(articlePage(c.get('user')!, c.get('csrfToken'), article));
  });
  // The page as fetched, as text: hostile HTML is shown, never rendered under our origin.
  app.get('/articles/:id/snapshot', async (c) => {
    const id = positiveId(c.req.param('id'));
    const snapshot = id === null ? null : await getArticleSnapshot(db, id);
    if (snapshot === null) return c.json({ error: 'no stored snapshot for this article' }, 404);
    return c.body(snapshot, 200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Disposition': `inline; filename="article-${id}.html.txt"` });
  });
  app.get('/facts/:id/article', async (c) => {
    const id = positiveId(c.req.param('id'));
    const articleId = id === null ? undefined : await articleIdOfFact(db, id);
    if (articleId === undefined) return c.json({ error: 'no such fact' }, 404);
    return c.redirect(`/articles/${articleId}#fact-${id}`, 302);
  });
  app.get('/groups/:id/article', async (c) => {
    const id = positiveId(c.req.param('id'));
    const found = id === null ? undefined : await articleIdOfGroup(db, id);
    if (!found) return c.json({ error: 'no such group' }, 404);
    return c.redirect(`/articles/${found.articleId}#fact-${found.factId}`, 302);
  });
  return app;
}
