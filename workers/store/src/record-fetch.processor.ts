import type { FetchOutcome } from '@newsfacts/core';
import type { Processor, recordFetchQueue } from '@newsfacts/queues';
import { type Store, getFeed, recordFetch } from '@newsfacts/store';

/** Keeps a row for every article fetch that produced no page, so operators can query failures. */
export function createRecordFetchProcessor(deps: { store: Store }): Processor<typeof recordFetchQueue.schema> {
  return async (outcome: FetchOutcome) => {
    const feedId = outcome.feedId !== null && (await getFeed(deps.store.db, outcome.feedId)) ? outcome.feedId : null;
    await recordFetch(deps.store.db, { ...outcome, feedId });
    return { status: 'recorded' };
  };
}
