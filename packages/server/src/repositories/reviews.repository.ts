import { randomUUID } from 'node:crypto';
import type { ReviewDecisionRequest, ReviewEdit } from '@newsfacts/core';
import type { Transaction } from 'kysely';
import type { ServerDatabase, ServerDb } from '../server-database.ts';
import { regroupFacts } from './regroup.ts';

/** The part of a fact a decision can change; stored before and after in every review row. */
export interface FactState {
  status: string;
  type: string;
  value_num: number | null;
  value_text: string | null;
  unit: string | null;
  period: string | null;
}

/** A decision that cannot be applied; `status` is the HTTP status the API answers with. */
export class ReviewConflict extends Error {
  override name = 'ReviewConflict';
  constructor(
    message: string,
    readonly status: 404 | 409 = 409,
  ) {
    super(message);
  }
}

type Trx = Transaction<ServerDatabase>;
const STATE_COLUMNS = ['status', 'type', 'value_num', 'value_text', 'unit', 'period'] as const;

async function stateOf(trx: Trx, factId: number): Promise<FactState | undefined> {
  return trx.selectFrom('facts').select(STATE_COLUMNS).where('id', '=', factId).executeTakeFirst();
}

function applyEdit(before: FactState, edit: ReviewEdit): FactState {
  const next = { ...before, status: 'approved' };
  if (edit.type !== undefined) next.type = edit.type;
  if (edit.value !== undefined) {
    next.value_num = typeof edit.value === 'number' ? edit.value : null;
    next.value_text = typeof edit.value === 'number' ? null : edit.value;
  }
  if (edit.unit !== undefined) next.unit = edit.unit;
  if (edit.period !== undefined) next.period = edit.period;
  return next;
}

async function writeState(trx: Trx, factId: number, state: FactState): Promise<void> {
  await trx.updateTable('facts').set(state).where('id', '=', factId).execute();
}

interface Row {
  factId: number;
  action: string;
  before: FactState;
  after: FactState;
  reason: string | null;
  undoesId?: number;
}

async function appendReviews(trx: Trx, reviewer: string, batchId: string, rows: Row[], at: string): Promise<number[]> {
  const ids: number[] = [];
  for (const r of rows) {
    const inserted = await trx
      .insertInto('reviews')
      .values({
        fact_id: r.factId,
        reviewer,
        action: r.action,
        before_json: JSON.stringify(r.before),
        after_json: JSON.stringify(r.after),
        reason: r.reason,
        created_at: at,
        undoes_id: r.undoesId ?? null,
        batch_id: batchId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(inserted.id);
  }
  return ids;
}

/**
 * Applies one reviewer decision. The fact must still be pending and not leased to someone else;
 * `approve` with `group` also approves the group's other pending facts nobody else holds.
 */
export async function decide(
  db: ServerDb,
  reviewer: string,
  factId: number,
  decision: ReviewDecisionRequest,
  now = new Date(),
): Promise<{ decided: number[]; reviewIds: number[] }> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await stateOf(trx, factId);
    if (!before) throw new ReviewConflict(`no fact ${factId}`, 404);
    if (before.status !== 'pending') throw new ReviewConflict(`fact ${factId} is ${before.status}, not pending`);
    const holder = await trx.selectFrom('review_leases').select('reviewer').where('fact_id', '=', factId).where('expires_at', '>', at).executeTakeFirst();
    if (holder && holder.reviewer !== reviewer) throw new ReviewConflict(`fact ${factId} is being reviewed by ${holder.reviewer}`);

    const rows: Row[] = [];
    const reason = decision.reason ?? null;
    if (decision.action === 'edit') {
      rows.push({ factId, action: 'edit', before, after: applyEdit(before, decision.edit), reason });
    } else {
      const status = decision.action === 'approve' ? 'approved' : 'rejected';
      rows.push({ factId, action: decision.action, before, after: { ...before, status }, reason });
      if (decision.action === 'approve' && decision.group) {
        for (const id of await groupPendingFreeFor(trx, factId, reviewer, at)) {
          const b = await stateOf(trx, id);
          if (b) rows.push({ factId: id, action: 'approve', before: b, after: { ...b, status: 'approved' }, reason: reason ?? `group of fact ${factId}` });
        }
      }
    }
    for (const r of rows) await writeState(trx, r.factId, r.after);
    const reviewIds = await appendReviews(trx, reviewer, randomUUID(), rows, at);
    const decided = rows.map((r) => r.factId);
    await regroupFacts(trx, decided);
    await trx.deleteFrom('review_leases').where('fact_id', 'in', decided).execute();
    return { decided, reviewIds };
  });
}

async function groupPendingFreeFor(trx: Trx, factId: number, reviewer: string, at: string): Promise<number[]> {
  const rows = await trx
    .selectFrom('facts as f')
    .innerJoin('facts as me', 'me.group_id', 'f.group_id')
    .select('f.id')
    .where('me.id', '=', factId)
    .where('f.id', '!=', factId)
    .where('f.status', '=', 'pending')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb.selectFrom('review_leases as l').select('l.fact_id').whereRef('l.fact_id', '=', 'f.id').where('l.expires_at', '>', at).where('l.reviewer', '!=', reviewer),
        ),
      ),
    )
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Takes back the reviewer's latest decision that is not undone yet (all facts of its batch).
 * Refuses when someone changed a fact since, rather than overwrite their work.
 */
export async function undoLast(db: ServerDb, reviewer: string, now = new Date()): Promise<{ restored: number[]; reviewIds: number[] }> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('reviews as r')
      .select(['r.id', 'r.batch_id'])
      .where('r.reviewer', '=', reviewer)
      .where('r.action', '!=', 'undo')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('reviews as u').select('u.id').whereRef('u.undoes_id', '=', 'r.id'))))
      .orderBy('r.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!last) throw new ReviewConflict('nothing to undo');
    const batch = last.batch_id
      ? await trx.selectFrom('reviews').selectAll().where('batch_id', '=', last.batch_id).orderBy('id').execute()
      : await trx.selectFrom('reviews').selectAll().where('id', '=', last.id).execute();
    const rows: Row[] = [];
    for (const r of batch) {
      const current = await stateOf(trx, r.fact_id);
      if (!current) continue;
      if (JSON.stringify(current) !== r.after_json) throw new ReviewConflict(`fact ${r.fact_id} changed since that decision`);
      rows.push({ factId: r.fact_id, action: 'undo', before: current, after: JSON.parse(r.before_json ?? 'null') as FactState, reason: null, undoesId: r.id });
    }
    for (const r of rows) await writeState(trx, r.factId, r.after);
    const reviewIds = await appendReviews(trx, reviewer, randomUUID(), rows, at);
    await regroupFacts(trx, rows.map((r) => r.factId));
    // Hand the restored items straight back to the reviewer who undid them.
    const expires = new Date(now.getTime() + 5 * 60_000).toISOString();
    for (const r of rows.filter((x) => x.after.status === 'pending')) {
      await trx
        .insertInto('review_leases')
        .values({ fact_id: r.factId, reviewer, leased_at: at, expires_at: expires })
        .onConflict((oc) => oc.column('fact_id').doUpdateSet({ reviewer, leased_at: at, expires_at: expires }))
        .execute();
    }
    return { restored: rows.map((r) => r.factId), reviewIds };
  });
}

/** Puts a decided fact (approved, edited, rejected or auto-accepted) back in the queue. */
export async function reopen(db: ServerDb, reviewer: string, factId: number, reason: string | null, now = new Date()): Promise<number> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const before = await stateOf(trx, factId);
    if (!before) throw new ReviewConflict(`no fact ${factId}`, 404);
    if (!['approved', 'rejected', 'auto-accepted'].includes(before.status)) throw new ReviewConflict(`fact ${factId} is ${before.status}: nothing to re-open`);
    const after = { ...before, status: 'pending' };
    await writeState(trx, factId, after);
    await regroupFacts(trx, [factId]);
    const [id] = await appendReviews(trx, reviewer, randomUUID(), [{ factId, action: 'reopen', before, after, reason }], at);
    return id ?? 0;
  });
}

export interface HistoryEntry {
  id: number;
  fact_id: number;
  reviewer: string;
  action: string;
  before: FactState | null;
  after: FactState | null;
  reason: string | null;
  created_at: string;
  undone: boolean;
  fact_status: string;
  sentence: string;
}

export async function reviewHistory(db: ServerDb, options: { reviewer?: string; factId?: number; limit?: number } = {}): Promise<HistoryEntry[]> {
  let q = db
    .selectFrom('reviews as r')
    .innerJoin('facts', 'facts.id', 'r.fact_id')
    .select(['r.id', 'r.fact_id', 'r.reviewer', 'r.action', 'r.before_json', 'r.after_json', 'r.reason', 'r.created_at', 'facts.status', 'facts.sentence'])
    .select((eb) => eb.exists(eb.selectFrom('reviews as u').select('u.id').whereRef('u.undoes_id', '=', 'r.id')).as('undone'));
  if (options.reviewer) q = q.where('r.reviewer', '=', options.reviewer);
  if (options.factId !== undefined) q = q.where('r.fact_id', '=', options.factId);
  const rows = await q.orderBy('r.id', 'desc').limit(options.limit ?? 100).execute();
  return rows.map((r) => ({
    id: r.id,
    fact_id: r.fact_id,
    reviewer: r.reviewer,
    action: r.action,
    before: r.before_json ? (JSON.parse(r.before_json) as FactState) : null,
    after: r.after_json ? (JSON.parse(r.after_json) as FactState) : null,
    reason: r.reason,
    created_at: r.created_at,
    undone: Boolean(r.undone),
    fact_status: r.status,
    sentence: r.sentence,
  }));
}
