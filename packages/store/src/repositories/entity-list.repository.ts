import { type Kysely, sql } from 'kysely';
import { LIVE_STATUSES } from '../corroboration/group-key.ts';
import type { Database } from '../database.ts';

/** One entity as researchers list it. */
export interface EntityRecord {
  id: number;
  name: string;
  kind: 'company' | 'country';
  aliases: string[];
  qid: string | null;
  lei: string | null;
  ticker: string | null;
  exchange: string | null;
  parent_id: number | null;
  parent: string | null;
  origin: string;
  /** Distinct articles with a live fact linked to the entity (its mentions and the figures beside them). */
  article_count: number;
  /** Live facts linked to the entity: what `facts --company` returns. */
  fact_count: number;
}

export const ENTITY_COLUMNS = ['id', 'name', 'kind', 'aliases', 'ticker', 'exchange', 'qid', 'lei', 'parent', 'article_count', 'fact_count'] as const;

export interface EntityListQuery {
  /** Part of a name, alias or ticker (case-insensitive). */
  search?: string;
  kind?: 'company' | 'country' | 'all';
  limit?: number;
  ids?: readonly number[];
}

export const MAX_ENTITIES = 10_000;

const live = sql.join(LIVE_STATUSES.map((s) => sql`${s}`));

/** Entities with their aliases and counts, most facts first. */
export async function listEntities(db: Kysely<Database>, q: EntityListQuery = {}): Promise<EntityRecord[]> {
  const kind = q.kind ?? 'company';
  const like = q.search?.trim() ? `%${q.search.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await sql<Omit<EntityRecord, 'aliases'> & { aliases_json: string }>`
    SELECT e.id, e.canonical AS name, e.type AS kind, e.qid, e.lei, e.ticker, e.exchange, e.parent_id, p.canonical AS parent, e.origin,
      (SELECT json_group_array(alias) FROM (SELECT alias FROM entity_aliases WHERE entity_id = e.id ORDER BY alias COLLATE NOCASE)) AS aliases_json,
      (SELECT count(DISTINCT f.article_id) FROM fact_entities fe JOIN facts f ON f.id = fe.fact_id WHERE fe.entity_id = e.id AND f.status IN (${live})) AS article_count,
      (SELECT count(DISTINCT fe.fact_id) FROM fact_entities fe JOIN facts f ON f.id = fe.fact_id WHERE fe.entity_id = e.id AND f.status IN (${live})) AS fact_count
    FROM entities e LEFT JOIN entities p ON p.id = e.parent_id
    WHERE ${kind === 'all' ? sql`1` : sql`e.type = ${kind}`}
      AND ${q.ids ? (q.ids.length === 0 ? sql`0` : sql`e.id IN (${sql.join([...q.ids])})`) : sql`1`}
      AND ${
        like === null
          ? sql`1`
          : sql`(e.canonical LIKE ${like} ESCAPE '\\' OR e.ticker LIKE ${like} ESCAPE '\\'
              OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.alias LIKE ${like} ESCAPE '\\'))`
      }
    ORDER BY fact_count DESC, e.canonical COLLATE NOCASE, e.id
    LIMIT ${Math.min(Math.max(q.limit ?? MAX_ENTITIES, 1), MAX_ENTITIES)}`.execute(db);
  return rows.map(({ aliases_json, ...r }) => ({ ...r, article_count: Number(r.article_count), fact_count: Number(r.fact_count), aliases: JSON.parse(aliases_json) as string[] }));
}

export async function getEntity(db: Kysely<Database>, id: number): Promise<EntityRecord | undefined> {
  return (await listEntities(db, { kind: 'all', ids: [id], limit: 1 }))[0];
}

/** Where each alias of an entity was seen: how it was learnt and the first article. */
export async function entityAliasSources(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('entity_aliases')
    .leftJoin('articles', 'articles.id', 'entity_aliases.article_id')
    .select(['entity_aliases.alias', 'entity_aliases.source', 'entity_aliases.article_id', 'articles.url as article_url', 'articles.title as article_title'])
    .where('entity_aliases.entity_id', '=', id)
    .orderBy('entity_aliases.alias')
    .execute();
}

/** Articles with live facts linked to the entity, newest first. */
export async function entityArticles(db: Kysely<Database>, id: number, limit = 200) {
  return db
    .selectFrom('articles')
    .select(['articles.id', 'articles.url', 'articles.title', 'articles.published'])
    .where('articles.id', 'in', (eb) =>
      eb.selectFrom('fact_entities').innerJoin('facts', 'facts.id', 'fact_entities.fact_id').select('facts.article_id').where('fact_entities.entity_id', '=', id).where('facts.status', 'in', [...LIVE_STATUSES]),
    )
    .orderBy('articles.published', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .execute();
}

/** The audited decisions about an entity, newest first. */
export async function entityDecisions(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('entity_decisions')
    .selectAll()
    .where((eb) => eb.or([eb('entity_id', '=', id), eb('other_entity_id', '=', id)]))
    .orderBy('id', 'desc')
    .execute();
}

export interface UnresolvedMention {
  mention: string;
  reason: string;
  candidates: { id: number; name: string }[];
  fact_count: number;
  article_count: number;
  example_fact_id: number;
}

/** Company mentions left without an entity, grouped by what was written and why. */
export async function listUnresolved(db: Kysely<Database>, limit = 1000): Promise<UnresolvedMention[]> {
  const rows = await db
    .selectFrom('entity_unresolved')
    // A mention whose fact was retired or rejected is no longer anyone's problem.
    .innerJoin('facts', 'facts.id', 'entity_unresolved.fact_id')
    .where('facts.status', 'in', [...LIVE_STATUSES])
    .select((eb) => [
      'entity_unresolved.mention',
      'entity_unresolved.reason',
      'entity_unresolved.candidates_json',
      eb.fn.count<number>('entity_unresolved.fact_id').as('fact_count'),
      eb.fn.count<number>('entity_unresolved.article_id').distinct().as('article_count'),
      eb.fn.min<number>('entity_unresolved.fact_id').as('example_fact_id'),
    ])
    .groupBy(['entity_unresolved.mention', 'entity_unresolved.reason', 'entity_unresolved.candidates_json'])
    .orderBy('fact_count', 'desc')
    .orderBy('entity_unresolved.mention')
    .limit(limit)
    .execute();
  const ids = [...new Set(rows.flatMap((r) => JSON.parse(r.candidates_json) as number[]))];
  const names = new Map((ids.length ? await db.selectFrom('entities').select(['id', 'canonical']).where('id', 'in', ids).execute() : []).map((e) => [e.id, e.canonical]));
  return rows.map((r) => ({
    mention: r.mention,
    reason: r.reason,
    candidates: (JSON.parse(r.candidates_json) as number[]).map((id) => ({ id, name: names.get(id) ?? `#${id} (gone)` })),
    fact_count: Number(r.fact_count),
    article_count: Number(r.article_count),
    example_fact_id: Number(r.example_fact_id),
  }));
}
