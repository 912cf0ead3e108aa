import type { Kysely } from 'kysely';
import { nowIso } from '../clock.ts';
import { type ConflictCandidate, type GroupSpec, LIVE_STATUSES, conflictingGroups, groupSpec, metricWords } from '../corroboration/group-key.ts';
import type { Database } from '../database.ts';

const CHUNK = 400;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
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

export interface RefreshHints {
  /** Conflict keys the caller already knows, by group id (saves a lookup). */
  conflictKeys?: ReadonlyMap<number, string>;
  /** No fact left any of these groups (only additions): no group can have become empty. */
  nothingLeft?: boolean;
}

/**
 * Brings counts and conflict flags of these groups (and of every group they could conflict with)
 * up to date, and drops groups left without members. Call it in the transaction that changed them.
 */
export async function refreshGroups(db: Kysely<Database>, groupIds: Iterable<number>, hints: RefreshHints = {}): Promise<void> {
  const ids = [...new Set(groupIds)];
  if (ids.length === 0) return;
  const buckets = new Set<string>();
  const now = nowIso();
  for (const part of chunks(ids)) {
    const unknown = part.filter((id) => !hints.conflictKeys?.has(id));
    for (const id of part) {
      const key = hints.conflictKeys?.get(id);
      if (key) buckets.add(key);
    }
    if (unknown.length > 0) {
      const rows = await db.selectFrom('fact_groups').select('conflict_key').where('id', 'in', unknown).execute();
      for (const r of rows) if (r.conflict_key) buckets.add(r.conflict_key);
    }
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
        updated_at: now,
      }))
      .where('id', 'in', part)
      .execute();
    if (hints.nothingLeft) continue;
    await db
      .deleteFrom('fact_groups')
      .where('id', 'in', part)
      .where((eb) => eb.not(eb.exists(eb.selectFrom('facts').select('facts.id').whereRef('facts.group_id', '=', 'fact_groups.id'))))
      .execute();
  }
  await refreshConflicts(db, [...buckets]);
}

async function refreshConflicts(db: Kysely<Database>, conflictKeys: readonly string[]): Promise<void> {
  for (const part of chunks(conflictKeys, 200)) {
    const rows = await db
      .selectFrom('fact_groups')
      .leftJoin('facts', (join) => join.onRef('facts.group_id', '=', 'fact_groups.id').on('facts.status', 'in', LIVE_STATUSES))
      .select(['fact_groups.id', 'fact_groups.conflict_key', 'fact_groups.value_num', 'fact_groups.source_count', 'fact_groups.conflict', 'facts.metric'])
      .where('fact_groups.conflict_key', 'in', part)
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
  metric: string | null;
}

async function applyConflicts(db: Kysely<Database>, rows: readonly BucketRow[]): Promise<void> {
  const byBucket = new Map<string, Map<number, ConflictCandidate & { was: number; live: boolean }>>();
  for (const r of rows) {
    let bucket = byBucket.get(r.conflict_key);
    if (!bucket) byBucket.set(r.conflict_key, (bucket = new Map()));
    let c = bucket.get(r.id);
    if (!c) bucket.set(r.id, (c = { id: r.id, value_num: r.value_num ?? Number.NaN, metric: new Set(), was: r.conflict, live: r.source_count > 0 }));
    for (const w of metricWords(r.metric)) c.metric.add(w);
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
