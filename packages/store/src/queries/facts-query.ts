import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';
import type { Store } from '../open-db.ts';
import { sourceLink } from '../source-link.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { applyFactFilters, type FactQuery, resolveIds, type ResolvedIds, searchMatch } from './fact-filter.ts';

/** One fact with everything a researcher needs to judge and cite it. */
export interface FactRecord {
  id: number;
  article_id: number;
  article_url: string;
  type: string;
  value: number | string | null;
  unit: string | null;
  text: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  status: string;
  source_link: string;
  qualifier: string | null;
  direction: string | null;
  kind: string | null;
  range_min: number | null;
  range_max: number | null;
  metric: string | null;
  subject: string | null;
  partner: string | null;
  period: string | null;
  group_id: number | null;
  article_title: string | null;
  published: string | null;
  site_name: string | null;
  feed_id: number | null;
  reasons: string[];
  extractor_version: string;
  /** Company facts: the entity the mention resolved to (null when unresolved, and for other types). */
  entity_id: number | null;
}

export const FACT_COLUMNS = [
  'id', 'article_id', 'article_url', 'type', 'value', 'unit', 'text', 'sentence', 'start', 'end', 'confidence', 'status', 'source_link',
  'qualifier', 'direction', 'kind', 'range_min', 'range_max', 'metric', 'subject', 'partner', 'period', 'group_id',
  'article_title', 'published', 'site_name', 'feed_id', 'extractor_version', 'entity_id',
] as const;

export interface Page<T> {
  rows: T[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export const MAX_PAGE = 1000;

function selectFacts(db: Kysely<Database>, q: FactQuery, ids: ResolvedIds) {
  const base = db
    .selectFrom('facts')
    .innerJoin('articles', 'articles.id', 'facts.article_id')
    .select([
      'facts.id', 'facts.article_id', 'articles.url as article_url', 'facts.type', 'facts.value_num', 'facts.value_text', 'facts.unit',
      'facts.text', 'facts.sentence', 'facts.start', 'facts.end', 'facts.confidence', 'facts.status', 'facts.qualifier', 'facts.direction',
      'facts.kind', 'facts.range_min', 'facts.range_max', 'facts.metric', 'facts.subject', 'facts.partner', 'facts.period', 'facts.group_id',
      'facts.reasons_json', 'facts.extractor_version', 'facts.entity_id', 'articles.title as article_title', 'articles.published', 'articles.site_name', 'articles.feed_id',
    ]);
  return applyFactFilters(base, q, ids, { searchJoined: q.search !== undefined });
}

/**
 * Facts after the keyset position, in id order. A search drives the query from the FTS index in
 * rowid order (= fact id), so a page stops after `limit` matches instead of collecting every match
 * first: 0.2 ms instead of 100 ms for a common word over 200,000 facts.
 */
function orderedFacts(db: Kysely<Database>, q: FactQuery, ids: ResolvedIds, after: number) {
  const query = selectFacts(db, q, ids);
  if (q.search === undefined) return query.where('facts.id', '>', after).orderBy('facts.id');
  const searched = query
    .innerJoin('fact_search', 'fact_search.rowid', 'facts.id')
    .where(sql<boolean>`fact_search MATCH ${searchMatch(q.search)}`)
    .where('fact_search.rowid', '>', after)
    .orderBy('fact_search.rowid');
  // Same selection and rows; only the join type differs.
  return searched as unknown as typeof query;
}

type RawFact = Awaited<ReturnType<ReturnType<typeof selectFacts>['executeTakeFirstOrThrow']>>;

function toRecord(r: RawFact): FactRecord {
  const { value_num, value_text, reasons_json, ...rest } = r;
  return { ...rest, value: value_num ?? value_text, reasons: JSON.parse(reasons_json) as string[], source_link: sourceLink(r.article_url, r.sentence) };
}

/** One page of facts in id order (keyset: stable while rows are added). */
export async function queryFacts(db: Kysely<Database>, q: FactQuery, page: { cursor?: string | null; limit?: number } = {}): Promise<Page<FactRecord>> {
  const limit = Math.min(Math.max(page.limit ?? 100, 1), MAX_PAGE);
  const after = decodeCursor('f', page.cursor);
  const ids = await resolveIds(db, q);
  const rows = await orderedFacts(db, q, ids, after).limit(limit + 1).execute();
  const more = rows.length > limit;
  const out = rows.slice(0, limit).map(toRecord);
  const last = out[out.length - 1];
  return { rows: out, nextCursor: more && last ? encodeCursor('f', last.id) : null };
}

export async function getFact(db: Kysely<Database>, id: number): Promise<FactRecord | undefined> {
  const row = await selectFacts(db, { status: 'all' }, {}).where('facts.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : undefined;
}

/**
 * Every matching fact, one at a time, from a single SQLite statement: memory stays flat however
 * many rows match. The connection is busy until the iteration ends, so callers that serve other
 * queries meanwhile should pass a connection of their own (openDb(path, { readonly: true })).
 */
export async function* iterateFacts(store: Pick<Store, 'db' | 'sqlite'>, q: FactQuery, options: { cursor?: string | null } = {}): AsyncGenerator<FactRecord> {
  const ids = await resolveIds(store.db, q);
  const compiled = orderedFacts(store.db, q, ids, decodeCursor('f', options.cursor)).compile();
  const statement = store.sqlite.prepare(compiled.sql);
  for (const row of statement.iterate(...(compiled.parameters as unknown[]))) yield toRecord(row as RawFact);
}
