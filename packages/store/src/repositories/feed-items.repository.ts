import type { Kysely } from 'kysely';
import { nowIso } from '../clock.ts';
import type { Database } from '../database.ts';

export interface ListedItem {
  url: string;
  canonicalUrl: string;
  guid: string;
  title: string | null;
  published: string | null;
}

/**
 * Records the items a feed listed and returns those that still need fetching: items never seen,
 * or seen but not yet stored (an earlier fetch failed). An item whose URL is already stored as an
 * article, from this feed or another, is linked to it instead of fetched again.
 */
export async function registerFeedItems(db: Kysely<Database>, feedId: number, items: readonly ListedItem[]): Promise<ListedItem[]> {
  if (items.length === 0) return [];
  return db.transaction().execute(async (trx) => {
    const toFetch: ListedItem[] = [];
    const now = nowIso();
    for (const item of items) {
      const known = await trx
        .selectFrom('feed_items')
        .select('article_id')
        .where('feed_id', '=', feedId)
        .where('guid', '=', item.guid)
        .executeTakeFirst();
      if (known?.article_id) continue;
      const article = await trx.selectFrom('articles').select('id').where('canonical_url', '=', item.canonicalUrl).executeTakeFirst();
      await trx
        .insertInto('feed_items')
        .values({ feed_id: feedId, guid: item.guid, url: item.url, article_id: article?.id ?? null, title: item.title, published: item.published, first_seen_at: now })
        .onConflict((oc) => oc.columns(['feed_id', 'guid']).doUpdateSet({ article_id: article?.id ?? null }))
        .execute();
      if (!article) toFetch.push(item);
    }
    return toFetch;
  });
}
