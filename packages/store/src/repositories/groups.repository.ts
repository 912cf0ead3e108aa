import { type Kysely, sql } from 'kysely';
import { nowIso } from '../clock.ts';
import { type ConflictCandidate, type GroupSpec, LIVE_STATUSES, conflictingGroups, groupSpec, metricWords } from '../corroboration/group-key.ts';
import type { Database } from '../database.ts';

const CHUNK = 400;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const LIVE = new Set<string>(LIVE_STATUSES);

/** The distinct metrics of a group's live members, as a JSON array (`[]` when none names one). */
const liveMetricsJson = sql<string>`(
  SELECT json_group_array(DISTINCT facts.metric) FROM facts
  WHERE facts.group_id = fact_groups.id AND facts.status IN (${sql.join(LIVE_STATUSES)}) AND facts.metric IS NOT NULL
)`;

function parseMetrics(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((m): m is string => typeof m === 'string') : [];
  } catch {
    return [];
  }
}

/** Finds or creates the groups for these specs; returns group ids by group key. */
export async function ensureGroups(db: Kysely<Database>, specs: readonly GroupSpec[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (specs.length === 0) return ids;
  const unique = [...new Map(specs.map((s) => [s.group_key, s])).values()];
  const now = nowIso();
  for (const part of chunks(unique)) {
    await db
      .insertInto('fact_groups')
      .values(part.map((s) => ({ ...s, value_text: null, source_count: 0, conflict: 0, fact_count: 0, updated_at: now })))
      .onConflict((oc) => oc.column('group_key').doNothing())
      .execute();
    const rows = await db.selectFrom('fact_groups').select(['id', 'group_key']).where('group_key', 'in', part.map((s) => s.group_key)).execute();
    for (const r of rows) ids.set(r.group_key, r.id);
  }
  return ids;
}

/**
 * Brings counts and conflict flags of these groups (and of every group they could conflict with)
 * up to date, and drops groups left without members. Call it in the transaction that changed them.
 */
export async function refreshGroups(db: Kysely<Database>, groupIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(groupIds)];
  if (ids.length === 0) return;
  const buckets = new Set<string>();
  const now = nowIso();
  for (const part of chunks(ids)) {
    const rows = await db.selectFrom('fact_groups').select('conflict_key').where('id', 'in', part).execute();
    for (const r of rows) if (r.conflict_key) buckets.add(r.conflict_key);
    await db
      .updateTable('fact_groups')
      .set((eb) => ({
        source_count: eb
          .selectFrom('facts')
          .select((e) => e.fn.count<number>('facts.article_id').distinct().as('n'))
          .whereRef('facts.group_id', '=', 'fact_groups.id')
          .where('facts.status', 'in', LIVE_STATUSES),
        fact_count: eb
          .selectFrom('facts')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('facts.group_id', '=', 'fact_groups.id')
          .where('facts.status', 'in', LIVE_STATUSES),
        metrics_json: liveMetricsJson,
        updated_at: now,
      }))
      .where('id', 'in', part)
      .execute();
    await dropEmptyGroups(db, part);
  }
  await refreshConflicts(db, [...buckets]);
}

/** Deletes those of these groups (at most one chunk) that no fact, of any status, belongs to any more. */
async function dropEmptyGroups(db: Kysely<Database>, ids: readonly number[]): Promise<void> {
  await db
    .deleteFrom('fact_groups')
    .where('id', 'in', ids)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('facts').select('facts.id').whereRef('facts.group_id', '=', 'fact_groups.id'))))
    .execute();
}

/** Where one of an article's facts sits, before or after a write: its group, status and metric. */
export interface GroupMember {
  group_id: number | null;
  status: string;
  metric: string | null;
}

/** One side (before or after the write) of this article's facts in one group. */
interface GroupSide {
  members: number;
  live: number;
  metrics: Set<string>;
}

interface GroupDelta {
  before: GroupSide;
  after: GroupSide;
}

/**
 * Moves one article's facts between groups. Counts and metrics change by what this article's facts
 * added and took away, rather than by recounting every member: a figure that thousands of stories
 * repeat is one group of thousands, and a recount per new story would make storing quadratic.
 * Exact as long as the groups were right before (recomputeGroups rebuilds them if ever not).
 * Call it in the transaction that wrote the facts, after the writes.
 */
export async function applyMemberChanges(db: Kysely<Database>, before: readonly GroupMember[], after: readonly GroupMember[]): Promise<void> {
  const deltas = new Map<number, GroupDelta>();
  const side = (): GroupSide => ({ members: 0, live: 0, metrics: new Set() });
  const tally = (members: readonly GroupMember[], which: keyof GroupDelta) => {
    for (const m of members) {
      if (m.group_id === null) continue;
      let d = deltas.get(m.group_id);
      if (!d) deltas.set(m.group_id, (d = { before: side(), after: side() }));
      const counts = d[which];
      counts.members += 1;
      if (!LIVE.has(m.status)) continue;
      counts.live += 1;
      if (m.metric) counts.metrics.add(m.metric);
    }
  };
  tally(before, 'before');
  tally(after, 'after');
  if (deltas.size === 0) return;
  const now = nowIso();
  const buckets = new Set<string>();
  const recountMetrics: number[] = [];
  const mayBeEmpty: number[] = [];
  for (const part of chunks([...deltas.keys()])) {
    const rows = await db.selectFrom('fact_groups').select(['id', 'conflict_key', 'source_count', 'fact_count', 'metrics_json']).where('id', 'in', part).execute();
    const updates: { id: number; sources: number; facts: number; metrics: string }[] = [];
    for (const row of rows) {
      const d = deltas.get(row.id) as GroupDelta;
      if (row.conflict_key) buckets.add(row.conflict_key);
      if (d.after.members < d.before.members) mayBeEmpty.push(row.id);
      // A metric this article no longer names may still be named by another member: recount those.
      if ([...d.before.metrics].some((m) => !d.after.metrics.has(m))) recountMetrics.push(row.id);
      const metrics = new Set(parseMetrics(row.metrics_json));
      for (const m of d.after.metrics) metrics.add(m);
      updates.push({
        id: row.id,
        sources: row.source_count + (d.after.live > 0 ? 1 : 0) - (d.before.live > 0 ? 1 : 0),
        facts: row.fact_count + d.after.live - d.before.live,
        metrics: JSON.stringify([...metrics]),
      });
    }
    if (updates.length === 0) continue;
    const values = sql.join(updates.map((u) => sql`(${u.id}, ${u.sources}, ${u.facts}, ${u.metrics})`));
    await sql`
      UPDATE fact_groups SET source_count = v.column2, fact_count = v.column3, metrics_json = v.column4, updated_at = ${now}
      FROM (VALUES ${values}) AS v WHERE fact_groups.id = v.column1`.execute(db);
  }
  for (const part of chunks(recountMetrics)) await db.updateTable('fact_groups').set({ metrics_json: liveMetricsJson }).where('id', 'in', part).execute();
  for (const part of chunks(mayBeEmpty)) await dropEmptyGroups(db, part);
  await refreshConflicts(db, [...buckets]);
}

async function refreshConflicts(db: Kysely<Database>, conflictKeys: readonly string[]): Promise<void> {
  for (const part of chunks(conflictKeys, 200)) {
    const rows = await db
      .selectFrom('fact_groups')
      .select(['id', 'conflict_key', 'value_num', 'source_count', 'conflict', 'metrics_json'])
      .where('conflict_key', 'in', part)
      .execute();
    await applyConflicts(db, rows);
  }
}

interface BucketRow {
  id: number;
  conflict_key: string;
  value_num: number | null;
  source_count: number;
  conflict: number;
  metrics_json: string;
}

async function applyConflicts(db: Kysely<Database>, rows: readonly BucketRow[]): Promise<void> {
  const byBucket = new Map<string, Map<number, ConflictCandidate & { was: number; live: boolean }>>();
  for (const r of rows) {
    let bucket = byBucket.get(r.conflict_key);
    if (!bucket) byBucket.set(r.conflict_key, (bucket = new Map()));
    const metric = new Set<string>();
    for (const m of parseMetrics(r.metrics_json)) for (const w of metricWords(m)) metric.add(w);
    bucket.set(r.id, { id: r.id, value_num: r.value_num ?? Number.NaN, metric, was: r.conflict, live: r.source_count > 0 });
  }
  const on: number[] = [];
  const off: number[] = [];
  for (const bucket of byBucket.values()) {
    const all = [...bucket.values()];
    const conflicting = conflictingGroups(all.filter((c) => c.live));
    for (const c of all) {
      const now = conflicting.has(c.id) ? 1 : 0;
      if (now !== c.was) (now ? on : off).push(c.id);
    }
  }
  for (const part of chunks(on)) await db.updateTable('fact_groups').set({ conflict: 1 }).where('id', 'in', part).execute();
  for (const part of chunks(off)) await db.updateTable('fact_groups').set({ conflict: 0 }).where('id', 'in', part).execute();
}

/**
 * Rebuilds every group from the facts, e.g. after the grouping rules change or a bulk import that
 * bypassed saveArticleResult. Runs in one transaction; readers see the old groups until it commits.
 */
export async function recomputeGroups(db: Kysely<Database>, batchSize = 5000): Promise<{ groups: number; conflicts: number }> {
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('facts').set({ group_id: null }).where('group_id', 'is not', null).execute();
    await trx.deleteFrom('fact_groups').execute();
    let after = 0;
    for (;;) {
      const facts = await trx
        .selectFrom('facts')
        .select(['id', 'type', 'value_num', 'unit', 'kind', 'direction', 'period', 'subject', 'partner'])
        .where('id', '>', after)
        .where('status', '!=', 'retired')
        .orderBy('id')
        .limit(batchSize)
        .execute();
      if (facts.length === 0) break;
      after = facts[facts.length - 1]?.id ?? after;
      const specs = facts.map((f) => ({ id: f.id, spec: groupSpec(f) }));
      const ids = await ensureGroups(trx, specs.flatMap((s) => (s.spec ? [s.spec] : [])));
      for (const { id, spec } of specs) {
        if (spec) await trx.updateTable('facts').set({ group_id: ids.get(spec.group_key) ?? null }).where('id', '=', id).execute();
      }
    }
    let groupAfter = 0;
    for (;;) {
      const page = await trx.selectFrom('fact_groups').select('id').where('id', '>', groupAfter).orderBy('id').limit(batchSize).execute();
      if (page.length === 0) break;
      groupAfter = page[page.length - 1]?.id ?? groupAfter;
      await refreshGroups(trx, page.map((g) => g.id));
    }
    const counts = await trx
      .selectFrom('fact_groups')
      .select((eb) => [eb.fn.countAll<number>().as('groups'), eb.fn.sum<number>('conflict').as('conflicts')])
      .executeTakeFirstOrThrow();
    return { groups: Number(counts.groups), conflicts: Number(counts.conflicts ?? 0) };
  });
}
