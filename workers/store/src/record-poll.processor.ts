import type { FeedPollOutcome } from '@newsfacts/core';
import { canonicalizeUrl } from '@newsfacts/fetch';
import type { FetchArticlePayload, Processor, recordPollQueue } from '@newsfacts/queues';
import { type Store, getFeed, recordFeedPoll, recordFetch, registerFeedItems } from '@newsfacts/store';

export interface RecordPollDeps {
  store: Store;
  enqueueFetch(payload: FetchArticlePayload): Promise<void>;
}

/** Writes feed health and turns the items the database has not stored yet into fetch jobs. */
export function createRecordPollProcessor(deps: RecordPollDeps): Processor<typeof recordPollQueue.schema> {
  return async (outcome: FeedPollOutcome) => {
    const feed = await getFeed(deps.store.db, outcome.feedId);
    if (!feed) return { status: 'feed-removed' };
    await recordFetch(deps.store.db, outcome.fetch);
    await recordFeedPoll(deps.store.db, outcome);
    const listed = outcome.items.flatMap((item) => {
      const canonicalUrl = safeCanonical(item.url);
      return canonicalUrl ? [{ ...item, canonicalUrl }] : [];
    });
    const toFetch = await registerFeedItems(deps.store.db, outcome.feedId, listed);
    for (const item of toFetch) {
      await deps.enqueueFetch({ url: item.url, feedId: outcome.feedId, guid: item.guid, itemTitle: item.title, itemPublished: item.published });
    }
    return { status: 'recorded', newItems: toFetch.length };
  };
}

function safeCanonical(url: string): string | null {
  try {
    return canonicalizeUrl(url);
  } catch {
    return null;
  }
}
