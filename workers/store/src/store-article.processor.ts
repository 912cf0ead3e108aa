import { ArticleResult, PermanentError } from '@newsfacts/core';
import { type Processor, type StoreArticlePayload, getBlob, retireBlobs, type storeArticleQueue, wasRetired } from '@newsfacts/queues';
import type { Store } from '@newsfacts/store';
import { createGroupCommitter } from './group-commit.ts';
import type { Redis } from 'ioredis';

export interface StoreDeps {
  store: Store;
  redis: Redis;
  reviewThreshold: number;
}

/** Articles committed together at most; bounds how long one transaction holds the write lock. */
export const MAX_COMMIT_GROUP = 32;

/** The single SQLite writer for articles and facts; articles whose jobs run together share a commit. */
export function createStoreArticleProcessor(deps: StoreDeps): Processor<typeof storeArticleQueue.schema> {
  const committer = createGroupCommitter(deps.store, { reviewThreshold: deps.reviewThreshold, maxGroup: MAX_COMMIT_GROUP });
  return async (payload: StoreArticlePayload, { log }) => {
    const raw = await getBlob(deps.redis, payload.resultBlob);
    if (raw === null && (await wasRetired(deps.redis, payload.resultBlob))) {
      log.info({ url: payload.url }, 'article already stored by an earlier run of this work');
      return { alreadyStored: true };
    }
    if (raw === null) throw new PermanentError(`extraction result for ${payload.url} is no longer in Redis (expired)`);
    const parsed = ArticleResult.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new PermanentError(`extraction result for ${payload.url} is malformed: ${parsed.error.issues[0]?.message ?? ''}`);
    const summary = await committer.save(parsed.data);
    // Only after the write committed, so a crash in between loses nothing.
    await retireBlobs(deps.redis, payload.resultBlob, ...(payload.pageBlob ? [payload.pageBlob] : []));
    log.info({ url: payload.url, ...summary }, 'article stored');
    return summary;
  };
}
