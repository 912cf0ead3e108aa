import type { FetchOutcome } from '@newsfacts/core';
import type { Kysely, Transaction } from 'kysely';
import type { Database, FetchRow } from '../database.ts';

export async function recordFetch(db: Kysely<Database> | Transaction<Database>, outcome: FetchOutcome): Promise<void> {
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
      fetched_at: outcome.fetchedAt,
    })
    .execute();
}

export async function listFetches(db: Kysely<Database>, limit = 100): Promise<FetchRow[]> {
  return db.selectFrom('fetches').selectAll().orderBy('id', 'desc').limit(limit).execute();
}
