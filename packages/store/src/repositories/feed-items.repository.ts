import type { Kysely } from 'kysely';
import { nowIso } from '../clock.ts';
import type { Database } from '../database.ts';

export interface ListedItem {
  url: string;
  canonicalUrl: string;
  guid: string;
  title: string | null;
  published: string | null;
  source?: { url: string | null; name: string | null } | null;
}

export interface RegisterOptions {
  /** Items handed back for fetching at most; the rest are marked deferred and taken by later polls. */
  maxToFetch?: number;
}

/**
 * Records the items a feed listed and returns those that still need fetching: items never seen,
 * or seen but not yet stored (an earlier fetch failed). An item whose URL is already stored as an
 * article, from this feed or another, is linked to it instead of fetched again; a quarantined one
 * is left alone until an operator retries it. Past `maxToFetch`, items are kept as deferred, and
 * the next polls take those first (oldest first), whatever the feed lists then: nothing is lost.
 */
export async function registerFeedItems(db: Kysely<Database>, feedId: number, items: readonly ListedItem[], options: RegisterOptions = {}): Promise<ListedItem[]> {
  const room = options.maxToFetch ?? Number.POSITIVE_INFINITY;
  return db.transaction().execute(async (trx) => {
    const toFetch: ListedItem[] = [];
    const taken = new Set<string>();
    const now = nowIso();
    const backlog = await trx
      .selectFrom('feed_items')
      .select(['guid', 'url', 'title', 'published', 'source_url', 'source_name'])
      .where('feed_id', '=', feedId)
      .where('deferred', '=', 1)
      .where('article_id', 'is', null)
      .orderBy('first_seen_at')
      .orderBy('guid')
      .limit(Number.isFinite(room) ? room : -1)
      .execute();
    for (const item of backlog) {
      await trx.updateTable('feed_items').set({ deferred: 0 }).where('feed_id', '=', feedId).where('guid', '=', item.guid).execute();
      taken.add(item.guid);
      if (await quarantined(trx, item.url, item.url)) continue;
      // A deferred row keeps the URL as listed; the fetch stage canonicalizes it again.
      const { source_url, source_name, ...listed } = item;
      toFetch.push({ ...listed, canonicalUrl: item.url, source: source_url || source_name ? { url: source_url, name: source_name } : null });
    }
    for (const item of items) {
      if (taken.has(item.guid)) continue;
      taken.add(item.guid);
      const known = await trx
        .selectFrom('feed_items')
        .select('article_id')
        .where('feed_id', '=', feedId)
        .where('guid', '=', item.guid)
        .executeTakeFirst();
      if (known?.article_id) continue;
      const article = await trx.selectFrom('articles').select('id').where('canonical_url', '=', item.canonicalUrl).executeTakeFirst();
      const fetchNow = !article && toFetch.length < room;
      const deferred = !article && !fetchNow ? 1 : 0;
      await trx
        .insertInto('feed_items')
        .values({
          feed_id: feedId, guid: item.guid, url: item.url, article_id: article?.id ?? null, title: item.title, published: item.published, first_seen_at: now, deferred,
          source_url: item.source?.url ?? null, source_name: item.source?.name ?? null,
        })
        .onConflict((oc) => oc.columns(['feed_id', 'guid']).doUpdateSet({ article_id: article?.id ?? null, deferred }))
        .execute();
      if (fetchNow && !(await quarantined(trx, item.url, item.canonicalUrl))) toFetch.push(item);
    }
    return toFetch;
  });
}

/** Items of a feed waiting for a later poll. */
export async function countDeferredItems(db: Kysely<Database>, feedId: number): Promise<number> {
  const row = await db.selectFrom('feed_items').select((eb) => eb.fn.countAll<number>().as('n')).where('feed_id', '=', feedId).where('deferred', '=', 1).where('article_id', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function quarantined(db: Kysely<Database>, url: string, canonicalUrl: string): Promise<boolean> {
  const row = await db
    .selectFrom('quarantined_articles')
    .select('canonical_url')
    .where((eb) => eb.or([eb('canonical_url', '=', canonicalUrl), eb('url', '=', url), eb('canonical_url', '=', url)]))
    .executeTakeFirst();
  return row !== undefined;
}
