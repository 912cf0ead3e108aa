import { performance } from 'node:perf_hooks';
import { ReviewDecisionRequest, ReviewNextRequest, ReviewReopenRequest } from '@newsfacts/core';
import { Hono } from 'hono';
import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/auth.middleware.ts';
import { historyPage } from '../pages/history.page.ts';
import { reviewPage } from '../pages/review.page.ts';
import { leaseNext, releaseLease } from '../repositories/leases.repository.ts';
import { loadReviewItems } from '../repositories/review-items.repository.ts';
import { ReviewConflict, decide, reopen, reviewHistory, undoLast } from '../repositories/reviews.repository.ts';
import type { ServerDb } from '../server-database.ts';

/** Parses a JSON body with a core schema; answers 400 with the schema's messages. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<{ ok: true; data: z.infer<S> } | { ok: false; res: Response }> {
  let raw: unknown;
  try {
    const text = await c.req.text();
    raw = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return { ok: false, res: c.json({ error: 'body is not JSON' }, 400) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, res: c.json({ error: 'invalid body', issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 400) };
  return { ok: true, data: parsed.data };
}

function factId(c: Context): number | null {
  const n = Number(c.req.param('factId'));
  return Number.isInteger(n) && n > 0 ? n : null;
}

function conflict(c: Context, error: unknown): Response {
  if (error instanceof ReviewConflict) return c.json({ error: error.message }, error.status);
  throw error;
}

export function reviewRoutes(db: ServerDb): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/review', requireRole('reviewer'));
  app.use('/review/*', requireRole('reviewer'));
  app.use('/api/review/*', requireRole('reviewer'));

  app.get('/review', async (c) => {
    const feeds = (await db.selectFrom('feeds').select(['id', 'title', 'url']).orderBy('id').execute()).map((f) => ({ id: f.id, label: f.title ?? f.url }));
    return c.html(reviewPage(c.get('user')!, c.get('csrfToken'), feeds));
  });
  app.get('/review/history', async (c) => {
    const user = c.get('user')!;
    return c.html(historyPage(user, c.get('csrfToken'), await reviewHistory(db, { reviewer: user.name, limit: 200 })));
  });
  app.post('/review/:factId/reopen', async (c) => {
    const id = factId(c);
    if (id === null) return c.json({ error: 'bad fact id' }, 400);
    const body = await c.req.parseBody();
    try {
      await reopen(db, c.get('user')!.name, id, typeof body.reason === 'string' && body.reason ? body.reason : null);
    } catch (error) {
      return conflict(c, error);
    }
    return c.redirect('/review/history', 303);
  });

  app.post('/api/review/next', async (c) => {
    const body = await jsonBody(c, ReviewNextRequest);
    if (!body.ok) return body.res;
    const reviewer = c.get('user')!.name;
    const started = performance.now();
    const ids = await leaseNext(db, reviewer, body.data);
    const items = await loadReviewItems(db, ids, reviewer);
    // Time spent in the store for this request, apart from waiting for the event loop (bench:review).
    c.header('Server-Timing', `store;dur=${(performance.now() - started).toFixed(2)}`);
    return c.json({ items });
  });
  app.post('/api/review/undo', async (c) => {
    try {
      return c.json(await undoLast(db, c.get('user')!.name));
    } catch (error) {
      return conflict(c, error);
    }
  });
  app.get('/api/review/history', async (c) => {
    const user = c.get('user')!;
    const fact = c.req.query('factId');
    const mine = c.req.query('all') !== '1';
    return c.json({ reviews: await reviewHistory(db, { reviewer: mine ? user.name : undefined, factId: fact ? Number(fact) : undefined }) });
  });
  app.post('/api/review/:factId/decision', async (c) => {
    const id = factId(c);
    if (id === null) return c.json({ error: 'bad fact id' }, 400);
    const body = await jsonBody(c, ReviewDecisionRequest);
    if (!body.ok) return body.res;
    try {
      return c.json(await decide(db, c.get('user')!.name, id, body.data));
    } catch (error) {
      return conflict(c, error);
    }
  });
  app.post('/api/review/:factId/skip', async (c) => {
    const id = factId(c);
    if (id === null) return c.json({ error: 'bad fact id' }, 400);
    await releaseLease(db, id, c.get('user')!.name);
    return c.json({ skipped: id });
  });
  app.post('/api/review/:factId/reopen', async (c) => {
    const id = factId(c);
    if (id === null) return c.json({ error: 'bad fact id' }, 400);
    const body = await jsonBody(c, ReviewReopenRequest);
    if (!body.ok) return body.res;
    try {
      return c.json({ reviewId: await reopen(db, c.get('user')!.name, id, body.data.reason ?? null) });
    } catch (error) {
      return conflict(c, error);
    }
  });
  return app;
}

