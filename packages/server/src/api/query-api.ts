import { FactsQueryParams, type ExportFormat, GroupsQueryParams, SeriesQueryParams } from '@newsfacts/core';
import {
  assertValidFactQuery,
  decodeCursor,
  FACT_COLUMNS,
  factQueryFromParams,
  GROUP_COLUMNS,
  getFact,
  getGroup,
  InvalidCursorError,
  InvalidFilterError,
  iterateFacts,
  iterateGroups,
  openDb,
  queryFacts,
  queryGroups,
  querySeries,
  SERIES_COLUMNS,
  type Store,
} from '@newsfacts/store';
import { type Context, Hono } from 'hono';
import * as z from 'zod/mini';
import { csvRow, csvLine, pickColumns } from './csv.ts';
import { CONTENT_TYPES, negotiateFormat } from './negotiate-format.ts';
import { fromArray, rowStream } from './stream-rows.ts';

export type QueryApiStore = Pick<Store, 'db' | 'sqlite' | 'path'>;

class BadRequest extends Error {
  constructor(
    message: string,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(message);
  }
}

function parseQuery<S extends z.core.$ZodType>(schema: S, c: Context): z.infer<S> {
  const parsed = z.safeParse(schema, c.req.query());
  if (!parsed.success) {
    throw new BadRequest(
      'invalid query parameters',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  return parsed.data;
}

function parseId(c: Context): number {
  const id = Number(c.req.param('id'));
  if (!Number.isSafeInteger(id) || id <= 0) throw new BadRequest('id must be a positive integer');
  return id;
}

/** A page in the negotiated format; for CSV/NDJSON the next cursor travels in a header. */
function pageResponse(c: Context, format: ExportFormat, rows: readonly object[], columns: readonly string[], nextCursor: string | null): Response {
  if (format === 'json') return c.json({ data: rows, next_cursor: nextCursor });
  if (nextCursor) c.header('X-Next-Cursor', nextCursor);
  const body = format === 'csv' ? csvLine(columns) + rows.map((r) => csvRow(r, columns)).join('') : rows.map((r) => `${JSON.stringify(pickColumns(r, columns))}\n`).join('');
  return c.body(body, 200, { 'Content-Type': CONTENT_TYPES[format] });
}

function streamResponse(c: Context, format: Exclude<ExportFormat, 'json'>, rows: AsyncIterator<object>, columns: readonly string[], done: () => void | Promise<void>, name: string): Response {
  return c.body(rowStream(rows, format, columns, done), 200, {
    'Content-Type': CONTENT_TYPES[format],
    'Content-Disposition': `attachment; filename="${name}.${format === 'csv' ? 'csv' : 'ndjson'}"`,
  });
}

/**
 * The read-only query API as a Hono sub-app: GET /api/facts, /api/facts/:id, /api/groups,
 * /api/groups/:id, /api/series. Keyset cursors; JSON pages, or CSV / NDJSON by `Accept` or
 * `?format=` (which stream every matching row when no `limit` is given). No authentication here:
 * the app that mounts it decides who may read. Every value reaches SQLite as a bound parameter.
 */
export function createQueryApi(store: QueryApiStore): Hono {
  const api = new Hono();

  api.get('/api/facts', async (c) => {
    const params = parseQuery(FactsQueryParams, c);
    const query = factQueryFromParams(params);
    assertValidFactQuery(query);
    decodeCursor('f', params.cursor);
    const format = negotiateFormat(params.format, c.req.header('accept'));
    if (format !== 'json' && c.req.query('limit') === undefined) {
      // A whole export holds its statement open: give it a read connection of its own (WAL lets it
      // read a consistent snapshot while the writer goes on) so that other requests are not blocked.
      const reader = store.path === ':memory:' ? null : await openDb(store.path, { readonly: true });
      const rows = iterateFacts(reader ?? store, query, { cursor: params.cursor });
      return streamResponse(c, format, rows, FACT_COLUMNS, () => reader?.close(), 'facts');
    }
    const page = await queryFacts(store.db, query, { cursor: params.cursor, limit: params.limit });
    return pageResponse(c, format, page.rows, FACT_COLUMNS, page.nextCursor);
  });

  api.get('/api/facts/:id', async (c) => {
    const fact = await getFact(store.db, parseId(c));
    if (!fact) return c.json({ error: 'fact not found' }, 404);
    const group = fact.group_id === null ? null : ((await getGroup(store.db, fact.group_id, { status: 'all' })) ?? null);
    return c.json({ data: fact, group });
  });

  api.get('/api/groups', async (c) => {
    const params = parseQuery(GroupsQueryParams, c);
    const query = factQueryFromParams(params);
    assertValidFactQuery(query);
    const format = negotiateFormat(params.format, c.req.header('accept'));
    if (format !== 'json' && c.req.query('limit') === undefined) {
      return streamResponse(c, format, iterateGroups(store.db, query), GROUP_COLUMNS, () => undefined, 'groups');
    }
    const page = await queryGroups(store.db, query, { cursor: params.cursor, limit: params.limit });
    return pageResponse(c, format, page.rows, GROUP_COLUMNS, page.nextCursor);
  });

  api.get('/api/groups/:id', async (c) => {
    const group = await getGroup(store.db, parseId(c), { status: 'all' });
    if (!group) return c.json({ error: 'group not found' }, 404);
    return c.json({ data: group });
  });

  api.get('/api/series', async (c) => {
    const params = parseQuery(SeriesQueryParams, c);
    const points = await querySeries(store.db, factQueryFromParams(params), params.by);
    const format = negotiateFormat(params.format, c.req.header('accept'));
    if (format === 'json') return c.json({ data: points });
    return streamResponse(c, format, fromArray(points), SERIES_COLUMNS, () => undefined, 'series');
  });

  api.onError((error, c) => {
    if (error instanceof BadRequest) return c.json({ error: error.message, ...(error.issues ? { issues: error.issues } : {}) }, 400);
    if (error instanceof InvalidFilterError || error instanceof InvalidCursorError) return c.json({ error: error.message }, 400);
    console.error(error);
    return c.json({ error: 'internal error' }, 500);
  });
  return api;
}
