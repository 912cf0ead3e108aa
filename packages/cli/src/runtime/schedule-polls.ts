import { enqueueBulk, type QueueSet } from '@newsfacts/queues';
import { listActiveFeeds, listDueFeeds, markFeedsInFlight, type Store } from '@newsfacts/store';

/** How long a feed stays "in flight" before the scheduler may enqueue it again if no outcome came back. */
const IN_FLIGHT_MS = 10 * 60_000;

/**
 * Enqueues a poll for every active feed whose check is due (or every active feed with `force`,
 * which also names the round). A round's job id is derived from the feed and its due time, so
 * two schedulers enqueue a due feed once.
 */
export async function schedulePolls(store: Store, queues: QueueSet, options: { now: Date; force?: string }): Promise<number> {
  const nowIso = options.now.toISOString();
  const feeds = options.force !== undefined ? await listActiveFeeds(store.db) : await listDueFeeds(store.db, nowIso);
  await enqueueBulk(
    queues,
    'pollFeed',
    feeds.map((feed) => ({ feedId: feed.id, url: feed.url, etag: feed.etag, lastModified: feed.last_modified, round: options.force ?? `due-${feed.next_check_at ?? 'new'}` })),
  );
  // Provisional: each poll's recorded outcome sets the real next check.
  await markFeedsInFlight(store.db, feeds.map((f) => f.id), new Date(options.now.getTime() + IN_FLIGHT_MS).toISOString());
  return feeds.length;
}
