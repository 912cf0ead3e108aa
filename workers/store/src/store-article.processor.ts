import { decodeResultBlob, PermanentError, TransportedArticleResult } from '@newsfacts/core';
import { type Processor, type StoreArticlePayload, getBlob, getBlobGzipped, retireBlobs, type storeArticleQueue, wasRetired } from '@newsfacts/queues';
import type { PageSnapshot, ReviewThresholdOptions, Store } from '@newsfacts/store';
import { createGroupCommitter } from './group-commit.ts';
import type { Redis } from 'ioredis';

export interface StoreDeps extends ReviewThresholdOptions {
  store: Store;
  redis: Redis;
  /** How long an article waits for others to share its commit (see GroupCommitOptions). */
  commitLingerMs?: number;
}

/** Articles committed together at most; bounds how long one transaction holds the write lock. */
export const MAX_COMMIT_GROUP = 32;

/** The single SQLite writer for articles and facts; articles whose jobs run together share a commit. */
export function createStoreArticleProcessor(deps: StoreDeps): Processor<typeof storeArticleQueue.schema> {
  const committer = createGroupCommitter(deps.store, { reviewThreshold: deps.reviewThreshold, autoAcceptPrecision: deps.autoAcceptPrecision, defaultFit: deps.defaultFit, maxGroup: MAX_COMMIT_GROUP, lingerMs: deps.commitLingerMs });
  return async (payload: StoreArticlePayload, { log }) => {
    const raw = await getBlob(deps.redis, payload.resultBlob);
    if (raw === null && (await wasRetired(deps.redis, payload.resultBlob))) {
      log.info({ url: payload.url }, 'article already stored by an earlier run of this work');
      return { alreadyStored: true };
    }
    if (raw === null) throw new PermanentError(`extraction result for ${payload.url} is no longer in Redis (expired)`);
    let decoded: ReturnType<typeof decodeResultBlob>;
    try {
      decoded = decodeResultBlob(raw);
    } catch (error) {
      throw new PermanentError(`extraction result for ${payload.url} is unreadable: ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = TransportedArticleResult.safeParse(decoded.result);
    if (!parsed.success) throw new PermanentError(`extraction result for ${payload.url} is malformed: ${parsed.error.issues[0]?.message ?? ''}`);
    const snapshot = parsed.data.html === undefined ? await pageSnapshot(deps.redis, payload.pageBlob, decoded.pageHash) : null;
    const summary = await committer.save({ ...parsed.data, snapshot });
    // Only after the write committed, so a crash in between loses nothing.
    await retireBlobs(deps.redis, payload.resultBlob, ...(payload.pageBlob ? [payload.pageBlob] : []));
    log.info({ url: payload.url, ...summary }, 'article stored');
    return summary;
  };
}

/**
 * The page blob, kept as it is (gzipped by the fetch stage) as the article's snapshot. It can be
 * gone when a byte-identical page from another URL was stored first; the article then keeps no
 * snapshot of its own, and its body is that earlier article's anyway.
 */
async function pageSnapshot(redis: Redis, pageBlob: string | null, pageHash: string | null): Promise<PageSnapshot | null> {
  if (!pageBlob || !pageHash) return null;
  const gz = await getBlobGzipped(redis, pageBlob);
  return gz ? { gz, hash: pageHash } : null;
}
