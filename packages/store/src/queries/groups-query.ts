import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';
import { sourceLink } from '../source-link.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { applyFactFilters, type FactQuery, resolveIds, type ResolvedIds } from './fact-filter.ts';
import { MAX_PAGE, type Page } from './facts-query.ts';

export interface GroupSource {
  fact_id: number;
  article_id: number;
  article_url: string;
  article_title: string | null;
  site_name: string | null;
  published: string | null;
  text: string;
  status: string;
  source_link: string;
}

/** One corroborated figure: the value, every article that reports it, and the values it conflicts with. */
export interface GroupRecord {
  group_id: number;
  type: string;
  value: number | null;
  unit: string | null;
  kind: string | null;
  direction: string | null;
  period: string | null;
  subject: string | null;
  partner: string | null;
  /** Distinct articles among the members that match the query. */
  source_count: number;
  fact_count: number;
  conflict: boolean;
  /** Other values reported for the same type, unit, period, subject and partner. */
  conflicting_values: { group_id: number; value: number | null; source_count: number }[];
  sources: GroupSource[];
  /** The first source's link, for one-line formats. */
  source_link: string;
  sentence: string;
}

export const GROUP_COLUMNS = [
  'group_id', 'type', 'value', 'unit', 'period', 'subject', 'partner', 'source_count', 'fact_count', 'conflict', 'conflicting_values', 'sentence', 'source_link', 'sources',
] as const;

/** One page of groups (one row per corroborated figure) whose members match the fact filters. */
export async function queryGroups(db: Kysely<Database>, q: FactQuery, page: { cursor?: string | null; limit?: number } = {}): Promise<Page<GroupRecord>> {
  const limit = Math.min(Math.max(page.limit ?? 100, 1), MAX_PAGE);
  const ids = await resolveIds(db, q);
  const rows = await groupPage(db, q, ids, decodeCursor('g', page.cursor), limit + 1);
  const more = rows.length > limit;
  const out = rows.slice(0, limit);
  const last = out[out.length - 1];
  return { rows: out, nextCursor: more && last ? encodeCursor('g', last.group_id) : null };
}

/** Every matching group, page by page on the group index: memory is bounded by the page size. */
export async function* iterateGroups(db: Kysely<Database>, q: FactQuery, pageSize = 500): AsyncGenerator<GroupRecord> {
  const ids = await resolveIds(db, q);
  let after = 0;
  for (;;) {
    const rows = await groupPage(db, q, ids, after, pageSize);
    yield* rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return;
    after = last.group_id;
  }
}

export async function getGroup(db: Kysely<Database>, id: number, q: FactQuery = {}): Promise<GroupRecord | undefined> {
  const ids = await resolveIds(db, q);
  const [row] = await groupPage(db, { ...q, groupId: id }, ids, 0, 1);
  return row;
}

async function groupPage(db: Kysely<Database>, q: FactQuery, ids: ResolvedIds, after: number, limit: number): Promise<GroupRecord[]> {
  const types = q.type === undefined ? [] : typeof q.type === 'string' ? [q.type] : [...q.type];
  // Step 1 walks groups in id order and keeps those with a matching member, stopping at `limit`:
  // a page costs what it returns, not the size of everything the filters match.
  const pageIds =
    q.groupId !== undefined
      ? [q.groupId]
      : (
          await db
            .selectFrom('fact_groups')
            .select('fact_groups.id')
            .where('fact_groups.id', '>', after)
            // A group's members share its type (the type is part of its key): groups of other
            // types are skipped without looking at their members.
            .$if(types.length > 0, (qb) => qb.where('fact_groups.type', 'in', types))
            .where((eb) =>
              eb.exists(
                applyFactFilters(eb.selectFrom('facts').innerJoin('articles', 'articles.id', 'facts.article_id'), q, ids, { probe: true })
                  .select('facts.id')
                  .where(sql<boolean>`facts.group_id = fact_groups.id`),
              ),
            )
            .orderBy('fact_groups.id')
            .limit(limit)
            .execute()
        ).map((g) => g.id);
  if (pageIds.length === 0) return [];
  const filtered = applyFactFilters(db.selectFrom('facts').innerJoin('articles', 'articles.id', 'facts.article_id'), q, ids, { probe: true });
  const groups = await filtered
    .innerJoin('fact_groups', 'fact_groups.id', 'facts.group_id')
    .select((eb) => [
      'fact_groups.id as group_id', 'fact_groups.type', 'fact_groups.value_num', 'fact_groups.unit', 'fact_groups.kind', 'fact_groups.direction',
      'fact_groups.period', 'fact_groups.subject', 'fact_groups.partner', 'fact_groups.conflict', 'fact_groups.conflict_key',
      eb.fn.count<number>('facts.article_id').distinct().as('source_count'),
      eb.fn.countAll<number>().as('fact_count'),
    ])
    .where('facts.group_id', 'in', pageIds)
    .groupBy('facts.group_id')
    .orderBy('facts.group_id')
    .execute();
  if (groups.length === 0) return [];
  const groupIds = groups.map((g) => g.group_id);
  const members = await applyFactFilters(db.selectFrom('facts').innerJoin('articles', 'articles.id', 'facts.article_id'), q, ids, { probe: true })
    .select([
      'facts.id as fact_id', 'facts.group_id', 'facts.article_id', 'articles.url as article_url', 'articles.title as article_title',
      'articles.site_name', 'articles.published', 'facts.text', 'facts.sentence', 'facts.status',
    ])
    .where('facts.group_id', 'in', groupIds)
    .orderBy('facts.group_id')
    .orderBy('articles.published')
    .orderBy('facts.id')
    .execute();
  const sources = new Map<number, (GroupSource & { sentence: string })[]>();
  for (const { group_id, ...m } of members) {
    if (group_id === null) continue;
    const list = sources.get(group_id) ?? [];
    list.push({ ...m, source_link: sourceLink(m.article_url, m.sentence) });
    sources.set(group_id, list);
  }
  const conflictKeys = [...new Set(groups.filter((g) => g.conflict && g.conflict_key).map((g) => g.conflict_key))];
  const rivals =
    conflictKeys.length === 0
      ? []
      : await db
          .selectFrom('fact_groups')
          .select(['id', 'value_num', 'source_count', 'conflict_key'])
          .where('conflict_key', 'in', conflictKeys)
          .where('conflict', '=', 1)
          .where('source_count', '>', 0)
          .orderBy('value_num')
          .execute();
  return groups.map((g) => {
    const list = sources.get(g.group_id) ?? [];
    return {
      group_id: g.group_id,
      type: g.type,
      value: g.value_num,
      unit: g.unit,
      kind: g.kind,
      direction: g.direction,
      period: g.period,
      subject: g.subject,
      partner: g.partner,
      source_count: Number(g.source_count),
      fact_count: Number(g.fact_count),
      conflict: g.conflict === 1,
      conflicting_values: g.conflict
        ? rivals.filter((r) => r.conflict_key === g.conflict_key && r.id !== g.group_id).map((r) => ({ group_id: r.id, value: r.value_num, source_count: r.source_count }))
        : [],
      sources: list.map(({ sentence: _s, ...s }) => s),
      source_link: list[0]?.source_link ?? '',
      sentence: list[0]?.sentence ?? '',
    };
  });
}
