import { enqueue, type QueueSet } from '@newsfacts/queues';
import { listActiveFeeds, type Store } from '@newsfacts/store';

/**
 * Enqueues a poll for every active feed whose check is due. `round` names the poll round so a
 * feed is enqueued once per round however many schedulers run.
 */
export async function schedulePolls(store: Store, queues: QueueSet, options: { now: Date; force?: string }): Promise<number> {
  const feeds = await listActiveFeeds(store.db);
  let scheduled = 0;
  for (const feed of feeds) {
    const due = options.force !== undefined || !feed.next_check_at || feed.next_check_at <= options.now.toISOString();
    if (!due) continue;
    const intervalMs = Math.max(1, feed.interval_minutes) * 60_000;
    const round = options.force ?? String(Math.floor(options.now.getTime() / intervalMs));
    await enqueue(queues, 'pollFeed', { feedId: feed.id, url: feed.url, etag: feed.etag, lastModified: feed.last_modified, round });
    await store.db
      .updateTable('feeds')
      .set({ next_check_at: new Date(options.now.getTime() + intervalMs).toISOString() })
      .where('id', '=', feed.id)
      .execute();
    scheduled++;
  }
  return scheduled;
}
