import type { ReviewNextRequest } from '@newsfacts/core';
import type { Kysely } from 'kysely';
import type { ServerDatabase, ServerDb } from '../server-database.ts';
import { reviewFilterExpression } from './review-filters.ts';

export const DEFAULT_LEASE_MS = 5 * 60_000;

export interface LeaseOptions {
  now?: Date;
  leaseMs?: number;
}

/**
 * Leases up to `limit` pending facts to `reviewer`, lowest confidence first: the ones it already holds
 * (renewed), then unleased ones. Claims are a conditional upsert, so two reviewers racing for the same
 * fact cannot both win, even from two server processes.
 */
export async function leaseNext(db: ServerDb, reviewer: string, request: ReviewNextRequest, options: LeaseOptions = {}): Promise<number[]> {
  // One transaction: one commit for the release, the claims and the renewal instead of a dozen.
  return db.transaction().execute((trx) => leaseNextIn(trx, reviewer, request, options));
}

async function leaseNextIn(db: Kysely<ServerDatabase>, reviewer: string, request: ReviewNextRequest, options: LeaseOptions): Promise<number[]> {
  const now = (options.now ?? new Date()).toISOString();
  const expires = new Date(Date.parse(now) + (options.leaseMs ?? DEFAULT_LEASE_MS)).toISOString();
  const { filters, limit, exclude } = request;

  const held = async () => {
    let own = db
      .selectFrom('facts')
      .innerJoin('review_leases as l', 'l.fact_id', 'facts.id')
      .select('facts.id')
      .where('facts.status', '=', 'pending')
      .where('l.reviewer', '=', reviewer)
      .where('l.expires_at', '>', now)
      .where((eb) => reviewFilterExpression(eb, filters));
    if (exclude.length > 0) own = own.where('facts.id', 'not in', exclude);
    return (await own.orderBy('facts.confidence').orderBy('facts.id').limit(limit).execute()).map((r) => r.id);
  };

  const ownIds = await held();
  // Leases outside the current view go back to the pool for others.
  let release = db.deleteFrom('review_leases').where('reviewer', '=', reviewer);
  if (ownIds.length > 0) release = release.where('fact_id', 'not in', ownIds);
  await release.execute();
  if (ownIds.length >= limit) {
    await db.updateTable('review_leases').set({ expires_at: expires }).where('reviewer', '=', reviewer).execute();
    return ownIds;
  }

  // One INSERT ... SELECT claims the next free facts in queue order. The upsert only takes over a
  // lease that has expired, so a fact another process leased a moment ago is never taken.
  let candidates = db
    .selectFrom('facts')
    .select((eb) => ['facts.id', eb.val(reviewer).as('reviewer'), eb.val(now).as('leased_at'), eb.val(expires).as('expires_at')])
    .where('facts.status', '=', 'pending')
    .where((eb) => eb.not(eb.exists(eb.selectFrom('review_leases as l').select('l.fact_id').whereRef('l.fact_id', '=', 'facts.id').where('l.expires_at', '>', now))))
    .where((eb) => reviewFilterExpression(eb, filters));
  const skip = [...exclude, ...ownIds];
  if (skip.length > 0) candidates = candidates.where('facts.id', 'not in', skip);
  await db
    .insertInto('review_leases')
    .columns(['fact_id', 'reviewer', 'leased_at', 'expires_at'])
    .expression(candidates.orderBy('facts.confidence').orderBy('facts.id').limit(limit - ownIds.length))
    .onConflict((oc) =>
      oc
        .column('fact_id')
        .doUpdateSet((eb) => ({ reviewer: eb.ref('excluded.reviewer'), leased_at: eb.ref('excluded.leased_at'), expires_at: eb.ref('excluded.expires_at') }))
        .where((eb) => eb.or([eb('review_leases.expires_at', '<=', now), eb('review_leases.reviewer', '=', reviewer)])),
    )
    .execute();
  await db.updateTable('review_leases').set({ expires_at: expires }).where('reviewer', '=', reviewer).execute();
  return held();
}

/** Takes the lease unless another reviewer holds a live one. */
export async function claim(db: Kysely<ServerDatabase>, factId: number, reviewer: string, now: string, expires: string): Promise<boolean> {
  const result = await db
    .insertInto('review_leases')
    .values({ fact_id: factId, reviewer, leased_at: now, expires_at: expires })
    .onConflict((oc) =>
      oc
        .column('fact_id')
        .doUpdateSet({ reviewer, leased_at: now, expires_at: expires })
        .where((eb) => eb.or([eb('review_leases.expires_at', '<=', now), eb('review_leases.reviewer', '=', reviewer)])),
    )
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Who holds a live lease on the fact, if anyone. */
export async function leaseHolder(db: ServerDb, factId: number, now = new Date()): Promise<string | undefined> {
  const row = await db
    .selectFrom('review_leases')
    .select('reviewer')
    .where('fact_id', '=', factId)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row?.reviewer;
}

export async function releaseLease(db: ServerDb, factId: number, reviewer: string): Promise<void> {
  await db.deleteFrom('review_leases').where('fact_id', '=', factId).where('reviewer', '=', reviewer).execute();
}

/** Housekeeping: expired leases are ignored by every query, this only keeps the table small. */
export async function purgeExpiredLeases(db: ServerDb, now = new Date()): Promise<number> {
  const r = await db.deleteFrom('review_leases').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(r.numDeletedRows);
}

