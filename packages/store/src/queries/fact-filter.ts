import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../database.ts';
import { statusesFor, type StatusFilter } from '../repositories/facts.repository.ts';
import { ftsQuery, periodBound } from './query-terms.ts';

/** What researchers filter facts by; every field optional, all of them combine with AND. */
export interface FactQuery {
  /** Default `trusted` (approved + auto-accepted). */
  status?: StatusFilter;
  type?: string | readonly string[];
  /** ISO alpha-2 ("CN") or a name/alias seen in the text ("China"). */
  country?: string;
  /** Canonical name, an alias, or the start of the canonical name ("Lynas"). */
  company?: string;
  /** The fact's metric, exactly as stored ("magnet exports"). */
  metric?: string;
  /** One entity by id (its mentions and the figures beside them), as the entity page asks. */
  entityId?: number;
  /** Full text over each fact's sentence and its article's title; every word must match one of them. */
  search?: string;
  /** Period mentioned overlaps [from, to]: "2025", "2025-09", "2025-Q3", "2025-09-15". */
  from?: string;
  to?: string;
  /** Article publication date within [publishedFrom, publishedTo] (inclusive, date or timestamp prefix). */
  publishedFrom?: string;
  publishedTo?: string;
  min?: number;
  max?: number;
  /** Feed id, or its URL. */
  feed?: number | string;
  articleId?: number;
  groupId?: number;
  /** Only facts in a corroboration group whose members disagree with another group. */
  conflict?: boolean;
}

export class InvalidFilterError extends Error {
  override name = 'InvalidFilterError';
}

/** Entity and feed ids a query needs, looked up once before the main query (null = matches nothing). */
export interface ResolvedIds {
  country?: number[];
  company?: number[];
  feed?: number[];
  /**
   * Set when the query has --from/--to: true when few enough facts (of the queried types) have a
   * period in range that the period index should drive the query; false for wide ranges, where
   * walking facts in id order finds a page sooner than collecting every match and sorting it.
   */
  periodDrives?: boolean;
}

/**
 * How many facts in the period range still make the period index the faster way to a page. A page
 * of 100 among k matches of N facts costs ~100·N/k row reads walking ids, against ~k index entries
 * read and sorted when the range drives: the two meet near sqrt(1000·N) (31,600 at a million facts).
 */
export function periodDriveLimit(factCount: number): number {
  return Math.max(1000, Math.round(Math.sqrt(1000 * factCount)));
}

export async function resolveIds(db: Kysely<Database>, q: FactQuery): Promise<ResolvedIds> {
  const out: ResolvedIds = {};
  if (q.country) out.country = await entityIds(db, 'country', q.country.trim(), false);
  if (q.company) out.company = await entityIds(db, 'company', q.company.trim(), true);
  if (q.entityId !== undefined) out.company = out.company ? out.company.filter((id) => id === q.entityId) : [q.entityId];
  if (q.feed !== undefined && q.feed !== '') {
    const asNumber = typeof q.feed === 'number' ? q.feed : /^\d+$/.test(q.feed) ? Number(q.feed) : null;
    const rows = await db
      .selectFrom('feeds')
      .select('id')
      .where((eb) => (asNumber !== null ? eb('id', '=', asNumber) : eb.or([eb('url', '=', String(q.feed)), eb('site_url', '=', String(q.feed))])))
      .execute();
    out.feed = rows.map((r) => r.id);
  }
  if (q.from !== undefined || q.to !== undefined) {
    const { n } = await db.selectFrom('facts').select((eb) => eb.fn.max('id').as('n')).executeTakeFirstOrThrow();
    const limit = periodDriveLimit(Number(n ?? 0));
    out.periodDrives = (await periodMatches(db, q, limit + 1)) <= limit;
  }
  return out;
}

/** Facts of the queried types whose period overlaps the range, counted on the period indexes up to `cap`. */
async function periodMatches(db: Kysely<Database>, q: FactQuery, cap: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM (${periodFactIds(q)}) LIMIT ${cap})`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Ids of the facts of the queried types whose period overlaps the range, one
 * SELECT per branch of the overlap: each reads facts_type_period_range (or facts_period_range)
 * alone, where an OR of the two would read every matching row of the table as well.
 */
function periodFactIds(q: FactQuery) {
  const types = typesOf(q);
  const typed = types.length > 0 ? sql<boolean>`p.type IN (${sql.join(types)})` : sql<boolean>`1`;
  return sql.join(
    periodBranches(q, 'p').map((branch) => sql`SELECT p.id FROM facts AS p WHERE ${typed} AND ${branch}`),
    sql` UNION ALL `,
  );
}

function typesOf(q: FactQuery): string[] {
  return q.type === undefined ? [] : typeof q.type === 'string' ? [q.type] : [...q.type];
}

async function entityIds(db: Kysely<Database>, type: 'company' | 'country', name: string, prefix: boolean): Promise<number[]> {
  const rows = await db
    .selectFrom('entities')
    .select('entities.id')
    .where('entities.type', '=', type)
    .where((eb) =>
      eb.or([
        eb(sql`entities.canonical`, '=', sql`${name} COLLATE NOCASE`),
        eb.exists(
          eb
            .selectFrom('entity_aliases')
            .select('entity_aliases.entity_id')
            .whereRef('entity_aliases.entity_id', '=', 'entities.id')
            .where(sql`entity_aliases.alias`, '=', sql`${name} COLLATE NOCASE`),
        ),
        ...(prefix && name.length >= 2 ? [eb('entities.canonical', 'like', `${name.replace(/[%_\\]/g, (c) => `\\${c}`)}%`)] : []),
      ]),
    )
    .execute();
  return rows.map((r) => r.id);
}

type FactsQueryBuilder<O> = SelectQueryBuilder<Database & { articles: Database['articles'] }, 'facts' | 'articles', O>;

/**
 * Adds the WHERE clauses of a FactQuery to a query over `facts` joined with `articles`. All values
 * are bound parameters. `probe: true` turns the entity and full-text lists into membership tests
 * (`+facts.id IN …`) for queries driven by something else, e.g. one group's members: otherwise
 * SQLite may walk a list of 100,000 fact ids for every group.
 */
export function applyFactFilters<O>(query: FactsQueryBuilder<O>, q: FactQuery, ids: ResolvedIds, options: { probe?: boolean; searchJoined?: boolean } = {}): FactsQueryBuilder<O> {
  const factId = options.probe ? sql<number>`+facts.id` : sql<number>`facts.id`;
  let out = query;
  // Status and type split the facts into a few big slices: with `+` SQLite never drives a query by
  // them (a sort of half the table) but walks ids in order, or a narrower index, and tests them.
  const statuses = statusesFor(q.status ?? 'trusted');
  if (statuses) out = out.where(sql<string>`+facts.status`, 'in', statuses);
  const types = typesOf(q);
  const valueRange = q.min !== undefined || q.max !== undefined;
  // ...except with --min/--max, where (type, value_num) is the narrow index.
  if (types.length > 0) out = out.where(valueRange ? sql<string>`facts.type` : sql<string>`+facts.type`, 'in', types);
  for (const list of [ids.country, ids.company]) {
    if (!list) continue;
    if (list.length === 0) out = out.where(sql<boolean>`0`);
    // A probe looks up this fact's links (primary key) rather than listing every fact of a country
    // (40,000 ids at a million facts) once per statement.
    else if (options.probe)
      out = out.where((eb) => eb.exists(eb.selectFrom('fact_entities').select('fact_entities.fact_id').whereRef('fact_entities.fact_id', '=', 'facts.id').where('fact_entities.entity_id', 'in', list)));
    else out = out.where(factId, 'in', (eb) => eb.selectFrom('fact_entities').select('fact_entities.fact_id').where('fact_entities.entity_id', 'in', list));
  }
  if (q.search !== undefined && !options.searchJoined) {
    out = out.where(factId, 'in', sql<number>`(SELECT rowid FROM fact_search WHERE fact_search MATCH ${searchMatch(q.search)})`);
  }
  if (q.from !== undefined || q.to !== undefined) {
    // A narrow range drives the query: the ids from the period index come out in id order, so a
    // page stops after `limit` rows. A wide one is a per-row test (`+`) while walking ids.
    if (ids.periodDrives === true) out = out.where(factId, 'in', sql<number>`(${periodFactIds(q)})`);
    else out = out.where(periodOverlap(q, ids.periodDrives === false ? '+facts' : 'facts'));
  }
  if (q.publishedFrom !== undefined) out = out.where('articles.published', '>=', bound(q.publishedFrom, 'from', 'published-from'));
  if (q.publishedTo !== undefined) out = out.where('articles.published', '<=', bound(q.publishedTo, 'to', 'published-to'));
  if (q.min !== undefined) out = out.where('facts.value_num', '>=', q.min);
  if (q.max !== undefined) out = out.where('facts.value_num', '<=', q.max);
  if (ids.feed) {
    const feeds = ids.feed;
    out =
      feeds.length === 0
        ? out.where(sql<boolean>`0`)
        : out.where((eb) =>
            eb.or([
              eb('articles.feed_id', 'in', feeds),
              eb.exists(eb.selectFrom('feed_items').select('feed_items.feed_id').whereRef('feed_items.article_id', '=', 'facts.article_id').where('feed_items.feed_id', 'in', feeds)),
            ]),
          );
  }
  if (q.metric !== undefined) out = out.where('facts.metric', '=', q.metric);
  if (q.articleId !== undefined) out = out.where('facts.article_id', '=', q.articleId);
  if (q.groupId !== undefined) out = out.where('facts.group_id', '=', q.groupId);
  if (q.conflict) out = out.where('facts.group_id', 'in', (eb) => eb.selectFrom('fact_groups').select('fact_groups.id').where('fact_groups.conflict', '=', 1));
  return out;
}

/**
 * Period overlaps [from, to], written so that an index on (period_start, period_end) answers it:
 * periods starting inside the range, plus the few coarser periods that start before `from` and
 * still cover it (its year, half, quarter and month all start on a known day).
 */
function periodOverlap(q: FactQuery, table: 'facts' | '+facts') {
  return sql<boolean>`(${sql.join(periodBranches(q, table), sql` OR `)})`;
}

/** The overlap test as disjoint alternatives (ORed): starts inside the range; or starts before it and covers `from`. */
function periodBranches(q: FactQuery, table: 'facts' | '+facts' | 'p') {
  const from = q.from === undefined ? null : bound(q.from, 'from', 'from');
  const to = q.to === undefined ? null : bound(q.to, 'to', 'to');
  // A fixed alias from the three above, never user input.
  const start = sql.raw(`${table}.period_start`);
  const end = sql.raw(`${table}.period_end`);
  if (from === null) return [sql<boolean>`${start} <= ${to}`];
  const startsInside = to === null ? sql<boolean>`${start} >= ${from}` : sql<boolean>`${start} BETWEEN ${from} AND ${to}`;
  const covering = coveringStarts(from);
  const coveringEnd = to === null ? sql<boolean>`1` : sql<boolean>`${start} <= ${to}`;
  // `< from`: the two alternatives never match the same fact, so their ids can be counted as they come.
  return [startsInside, sql<boolean>`(${start} IN (${sql.join(covering)}) AND ${start} < ${from} AND ${end} >= ${from} AND ${coveringEnd})`];
}

function coveringStarts(from: string): string[] {
  const y = from.slice(0, 4);
  const month = from.length >= 7 ? Number(from.slice(5, 7)) : 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return [...new Set([`${y}-01-01`, `${y}-${month <= 6 ? '01' : '07'}-01`, `${y}-${pad(Math.floor((month - 1) / 3) * 3 + 1)}-01`, `${y}-${pad(month)}-01`])];
}

/** The FTS5 MATCH expression of a search, or InvalidFilterError when it has no words. */
export function searchMatch(search: string): string {
  const match = ftsQuery(search);
  if (!match) throw new InvalidFilterError('search has no words to look for');
  return match;
}

/** Throws InvalidFilterError for what only shows when the SQL is built, so callers can fail before streaming. */
export function assertValidFactQuery(q: FactQuery): void {
  if (q.search !== undefined && !ftsQuery(q.search)) throw new InvalidFilterError('search has no words to look for');
  if (q.from !== undefined) bound(q.from, 'from', 'from');
  if (q.to !== undefined) bound(q.to, 'to', 'to');
  if (q.publishedFrom !== undefined) bound(q.publishedFrom, 'from', 'published-from');
  if (q.publishedTo !== undefined) bound(q.publishedTo, 'to', 'published-to');
}

function bound(text: string, side: 'from' | 'to', name: string): string {
  const b = periodBound(text, side);
  if (b === null) throw new InvalidFilterError(`--${name} expects a date or period like 2025, 2025-09, 2025-09-15 or 2025-Q3, got "${text}"`);
  return b;
}
