import type { Kysely } from 'kysely';
import { nowIso } from '../clock.ts';
import type { Database, QuarantinedArticleRow } from '../database.ts';

export interface QuarantineEntry {
  url: string;
  canonicalUrl: string;
  feedId: number | null;
  guid: string | null;
  queue: string;
  reason: string;
  failedAt?: string;
}

/**
 * Keeps an article from being fetched again: its work failed for good, or died with its process
 * twice. A second failure of the same article counts up and keeps the latest reason.
 */
export async function quarantineArticle(db: Kysely<Database>, entry: QuarantineEntry): Promise<void> {
  const at = entry.failedAt ?? nowIso();
  const feedId = entry.feedId === null ? null : ((await db.selectFrom('feeds').select('id').where('id', '=', entry.feedId).executeTakeFirst())?.id ?? null);
  await db
    .insertInto('quarantined_articles')
    .values({ canonical_url: entry.canonicalUrl, url: entry.url, feed_id: feedId, guid: entry.guid, queue: entry.queue, reason: entry.reason, quarantined_at: at, last_failed_at: at })
    .onConflict((oc) =>
      oc.column('canonical_url').doUpdateSet((eb) => ({ failures: eb('quarantined_articles.failures', '+', 1), reason: entry.reason, queue: entry.queue, last_failed_at: at })),
    )
    .execute();
}

export async function listQuarantined(db: Kysely<Database>): Promise<QuarantinedArticleRow[]> {
  return db.selectFrom('quarantined_articles').selectAll().orderBy('quarantined_at').orderBy('canonical_url').execute();
}

export async function isQuarantined(db: Kysely<Database>, canonicalUrl: string): Promise<boolean> {
  return (await db.selectFrom('quarantined_articles').select('canonical_url').where('canonical_url', '=', canonicalUrl).executeTakeFirst()) !== undefined;
}

/** An operator's retry: lifts the quarantine (of one URL, or of all) and returns what was lifted. */
export async function releaseQuarantined(db: Kysely<Database>, canonicalUrl?: string): Promise<QuarantinedArticleRow[]> {
  return db.transaction().execute(async (trx) => {
    let query = trx.selectFrom('quarantined_articles').selectAll();
    if (canonicalUrl !== undefined) query = query.where('canonical_url', '=', canonicalUrl);
    const rows = await query.execute();
    if (rows.length > 0) await trx.deleteFrom('quarantined_articles').where('canonical_url', 'in', rows.map((r) => r.canonical_url)).execute();
    return rows;
  });
}
