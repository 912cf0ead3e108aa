import type { FetchOutcome } from '@newsfacts/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database, FetchRow } from '../database.ts';

/** `note`: what became of an article page, when not plain (see articles.repository's fetchNote). */
export async function recordFetch(db: Kysely<Database> | Transaction<Database>, outcome: FetchOutcome, note: string | null = null): Promise<void> {
  await db
    .insertInto('fetches')
    .values({
      url: outcome.url,
      kind: outcome.kind,
      feed_id: outcome.feedId,
      status: outcome.status,
      bytes: outcome.bytes,
      ms: outcome.ms,
      from_cache: outcome.fromCache ? 1 : 0,
      error: outcome.error,
      note,
      fetched_at: outcome.fetchedAt,
    })
    .execute();
}

export interface FetchFilter {
  feedId?: number;
  kind?: 'feed' | 'article' | 'robots';
  /** Only fetches that ended in an error. */
  errorsOnly?: boolean;
  limit?: number;
}

/** The fetch log, newest first: what operators look at when a feed or a site misbehaves. */
export async function listFetches(db: Kysely<Database>, filter: FetchFilter = {}): Promise<FetchRow[]> {
  let query = db.selectFrom('fetches').selectAll();
  if (filter.feedId !== undefined) query = query.where('feed_id', '=', filter.feedId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (filter.errorsOnly) query = query.where('error', 'is not', null);
  return query.orderBy('id', 'desc').limit(filter.limit ?? 100).execute();
}
