import { COPY_DIFFERS, corroborationLabel, figureOrigins } from '@newsfacts/origins';
import { type Kysely, sql } from 'kysely';
import { LIVE_STATUSES } from '../corroboration/group-key.ts';
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
  /** The story this article is a copy of (the same for every copy). */
  origin_id: number | null;
  origin_outlet: string | null;
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
  conflicting_values: { group_id: number; value: number | null; source_count: number; same_origin?: boolean }[];
  sources: GroupSource[];
  /** The first source's link, for one-line formats. */
  source_link: string;
  sentence: string;
  /** Independent origins among the sources: copies of one story count once. */
  origin_count: number;
  /** The origins' outlets (agency, first publisher, or the earliest site seen). */
  origin_outlets: string[];
  /** True only when at least two independent origins report the figure. */
  corroborated: boolean;
  /** "4 outlets · 2 origins (Argus, Meridian Wire)". */
  corroboration: string;
  /** "copy differs from its origin" when a conflicting value comes from a copy of one of this figure's origins. */
  origin_note: string | null;
}

export const GROUP_COLUMNS = [
  'group_id', 'type', 'value', 'unit', 'period', 'subject', 'partner', 'source_count', 'fact_count', 'conflict', 'conflicting_values', 'sentence', 'source_link', 'sources',
  'origin_count', 'origin_outlets', 'corroborated', 'corroboration', 'origin_note',
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
      'articles.site_name', 'articles.published', 'facts.text', 'facts.sentence', 'facts.status', 'articles.origin_id', 'articles.origin_outlet',
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
  const rivalOrigins = await originsOfGroups(db, rivals.map((r) => r.id));
  return groups.map((g) => {
    const list = sources.get(g.group_id) ?? [];
    const origins = figureOrigins(list.map((m) => ({ ...m, outlet: outletOf(m.site_name, m.article_url) })));
    const mine = new Set(list.map((m) => m.origin_id).filter((o): o is number => o !== null));
    const sharesOrigin = (groupId: number) => [...(rivalOrigins.get(groupId) ?? [])].some((o) => mine.has(o));
    const rivalValues = g.conflict ? rivals.filter((r) => r.conflict_key === g.conflict_key && r.id !== g.group_id) : [];
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
      conflicting_values: rivalValues.map((r) => ({ group_id: r.id, value: r.value_num, source_count: r.source_count, same_origin: sharesOrigin(r.id) })),
      sources: list.map(({ sentence: _s, ...s }) => s),
      source_link: list[0]?.source_link ?? '',
      sentence: list[0]?.sentence ?? '',
      origin_count: origins.count,
      origin_outlets: origins.names,
      corroborated: origins.count >= 2,
      corroboration: corroborationLabel(origins.outlets, origins.names),
      origin_note: rivalValues.some((r) => sharesOrigin(r.id)) ? COPY_DIFFERS : null,
    };
  });
}

/** The site an article was read on, as readers name it. */
export function outletOf(siteName: string | null, url: string): string | null {
  if (siteName) return siteName;
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The origins of each group's live members: a bounded read of the rival groups a page shows. */
async function originsOfGroups(db: Kysely<Database>, groupIds: readonly number[]): Promise<Map<number, Set<number>>> {
  const out = new Map<number, Set<number>>();
  for (let i = 0; i < groupIds.length; i += 400) {
    const rows = await db
      .selectFrom('facts')
      .innerJoin('articles', 'articles.id', 'facts.article_id')
      .select(['facts.group_id', 'articles.origin_id'])
      .distinct()
      .where('facts.group_id', 'in', groupIds.slice(i, i + 400))
      .where('facts.status', 'in', LIVE_STATUSES)
      .execute();
    for (const r of rows) {
      if (r.group_id === null || r.origin_id === null) continue;
      let set = out.get(r.group_id);
      if (!set) out.set(r.group_id, (set = new Set()));
      set.add(r.origin_id);
    }
  }
  return out;
}
