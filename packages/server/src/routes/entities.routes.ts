import {
  EntityDecisionError, entityAliasSources, entityArticles, entityDecisions, getEntity, listEntities, listUnresolved, mergeEntities, queryFacts, querySeries,
  renameEntity, splitAlias,
} from '@newsfacts/store';
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { requireRole } from '../auth/auth.middleware.ts';
import { entitiesPage, entityPage } from '../pages/entities.page.ts';
import { asStoreDb, type ServerDb } from '../server-database.ts';

const SERIES_TYPES = new Set(['tonnage', 'money', 'percentage']);

function idParam(c: Context, name = 'id'): number | null {
  const n = Number(c.req.param(name));
  return Number.isInteger(n) && n > 0 ? n : null;
}

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const back = (id: number, msg: string) => `/entities/${id}?msg=${encodeURIComponent(msg)}`;

/** Researchers and reviewers see entities; reviewers fix them with the same store functions as `newsfacts entities`. */
export function entitiesRoutes(serverDb: ServerDb): Hono<AppEnv> {
  const db = asStoreDb(serverDb);
  const app = new Hono<AppEnv>();
  app.use('/entities', requireRole('researcher', 'reviewer'));
  app.use('/entities/*', requireRole('researcher', 'reviewer'));

  app.get('/entities', async (c) => {
    const search = c.req.query('q') ?? '';
    const rows = await listEntities(db, { search, limit: 500 });
    const unresolved = search ? [] : await listUnresolved(db, 50);
    return c.html(entitiesPage(c.get('user')!, c.get('csrfToken'), { search, rows, unresolved, message: c.req.query('msg') ?? null }));
  });

  app.get('/entities/:id', async (c) => {
    const id = idParam(c);
    const entity = id === null ? undefined : await getEntity(db, id);
    if (!entity || id === null) return c.html('<!doctype html><title>Not found</title><p>No such entity. <a href="/entities">Entities</a></p>', 404);
    const requested = c.req.query('type') ?? 'tonnage';
    const seriesType = SERIES_TYPES.has(requested) ? requested : 'tonnage';
    const [aliases, facts, articles, series, decisions] = await Promise.all([
      entityAliasSources(db, id),
      queryFacts(db, { entityId: id }, { limit: 200 }),
      entityArticles(db, id),
      querySeries(db, { entityId: id, type: seriesType }, 'year'),
      entityDecisions(db, id),
    ]);
    return c.html(entityPage(c.get('user')!, c.get('csrfToken'), { entity, aliases, facts: facts.rows, articles, series, seriesType, decisions, message: c.req.query('msg') ?? null }));
  });

  app.use('/entities/:id/*', requireRole('reviewer'));
  const decide = (action: 'rename' | 'split' | 'merge') =>
    app.post(`/entities/:id/${action}`, async (c) => {
      const id = idParam(c);
      if (id === null) return c.redirect(`/entities?msg=${encodeURIComponent('No such entity')}`, 303);
      const form = await c.req.parseBody();
      const reviewer = c.get('user')!.name;
      const reason = text(form.reason) || null;
      try {
        if (action === 'rename') {
          await renameEntity(db, { entityId: id, name: text(form.name), reviewer, reason });
          return c.redirect(back(id, 'Renamed'), 303);
        }
        if (action === 'split') {
          const r = await splitAlias(db, { entityId: id, alias: text(form.alias), name: text(form.name) || null, reviewer, reason });
          return c.redirect(back(r.otherEntityId!, `Split off from #${id}: ${r.factsMoved} facts moved`), 303);
        }
        const from = Number(text(form.from));
        if (!Number.isInteger(from) || from <= 0) return c.redirect(back(id, 'Not merged: give the id of the entity to merge'), 303);
        const r = await mergeEntities(db, { fromId: from, intoId: id, reviewer, reason });
        return c.redirect(back(id, `Merged #${from}: ${r.factsMoved} facts moved`), 303);
      } catch (error) {
        if (error instanceof EntityDecisionError) return c.redirect(back(id, `Not done: ${error.message}`), 303);
        throw error;
      }
    });
  decide('rename');
  decide('split');
  decide('merge');
  return app;
}
