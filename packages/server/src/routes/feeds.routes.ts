import { AddFeedRequest } from '@newsfacts/core';
import { addFeed, getFeed, listFeeds, setFeedPaused } from '@newsfacts/store';
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/auth.middleware.ts';
import { feedsPage } from '../pages/feeds.page.ts';
import { asStoreDb, type ServerDb } from '../server-database.ts';
import { jsonBody } from './review.routes.ts';

export interface FeedsRoutesOptions {
  defaultIntervalMinutes: number;
  /**
   * Resolves a pasted site URL to its feed (the CLI passes its guarded fetcher). Without it the URL is
   * stored as given and the poller reports what it finds.
   */
  discoverFeed?: (url: string) => Promise<{ url: string; title: string | null }>;
}

async function addResolved(db: ReturnType<typeof asStoreDb>, url: string, interval: number, options: FeedsRoutesOptions) {
  const found = options.discoverFeed ? await options.discoverFeed(url) : { url, title: null };
  return addFeed(db, { url: found.url, title: found.title, intervalMinutes: interval });
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 300);

function feedId(c: Context): number | null {
  const n = Number(c.req.param('id'));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** Operators manage feeds here; the same store functions as `newsfacts feeds`. */
export function feedsRoutes(serverDb: ServerDb, options: FeedsRoutesOptions): Hono<AppEnv> {
  const db = asStoreDb(serverDb);
  const app = new Hono<AppEnv>();
  app.use('/feeds', requireRole('operator'));
  app.use('/feeds/*', requireRole('operator'));
  app.use('/api/feeds', requireRole('operator'));
  app.use('/api/feeds/*', requireRole('operator'));

  app.get('/feeds', async (c) => c.html(feedsPage(c.get('user')!, c.get('csrfToken'), await listFeeds(db), c.req.query('msg') ?? null)));
  app.post('/feeds', async (c) => {
    const form = await c.req.parseBody();
    const parsed = AddFeedRequest.safeParse({ url: form.url, intervalMinutes: form.intervalMinutes || undefined });
    if (!parsed.success) return c.redirect(`/feeds?msg=${encodeURIComponent(`Not added: ${parsed.error.issues[0]?.message ?? 'invalid'}`)}`, 303);
    let added;
    try {
      added = await addResolved(db, parsed.data.url, parsed.data.intervalMinutes ?? options.defaultIntervalMinutes, options);
    } catch (e) {
      return c.redirect(`/feeds?msg=${encodeURIComponent(`Not added: ${errorText(e)}`)}`, 303);
    }
    const { id, created } = added;
    return c.redirect(`/feeds?msg=${encodeURIComponent(created ? `Added feed ${id}` : `Feed ${id} was already there`)}`, 303);
  });
  for (const action of ['pause', 'resume'] as const) {
    app.post(`/feeds/:id/${action}`, async (c) => {
      const id = feedId(c);
      if (id === null || !(await setFeedPaused(db, id, action === 'pause', action === 'pause' ? `paused by ${c.get('user')!.name}` : null))) {
        return c.redirect(`/feeds?msg=${encodeURIComponent('No such feed')}`, 303);
      }
      return c.redirect(`/feeds?msg=${encodeURIComponent(`Feed ${id} ${action === 'pause' ? 'paused' : 'resumed'}`)}`, 303);
    });
    app.post(`/api/feeds/:id/${action}`, async (c) => {
      const id = feedId(c);
      if (id === null || !(await setFeedPaused(db, id, action === 'pause', action === 'pause' ? `paused by ${c.get('user')!.name}` : null))) {
        return c.json({ error: 'no such feed' }, 404);
      }
      return c.json(await getFeed(db, id));
    });
  }

  app.get('/api/feeds', async (c) => c.json({ feeds: await listFeeds(db) }));
  app.post('/api/feeds', async (c) => {
    const body = await jsonBody(c, AddFeedRequest);
    if (!body.ok) return body.res;
    let added;
    try {
      added = await addResolved(db, body.data.url, body.data.intervalMinutes ?? options.defaultIntervalMinutes, options);
    } catch (e) {
      return c.json({ error: `no feed found: ${errorText(e)}` }, 422);
    }
    const { id, created } = added;
    return c.json({ id, created }, created ? 201 : 200);
  });
  return app;
}
