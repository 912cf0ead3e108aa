import { PermanentError } from '@newsfacts/core';
import { type ExtractArticlePayload, type Processor, type StoreArticlePayload, blobKey, type extractArticleQueue, getBlob, putBlob, sha256, wasRetired } from '@newsfacts/queues';
import type { Redis } from 'ioredis';
import type { ExtractedArticle } from './extract-thread-task.ts';

export interface ExtractArticleDeps {
  redis: Redis;
  prefix: string;
  enqueueStore(payload: StoreArticlePayload): Promise<void>;
  /** buildArticleResult, serialized, off the event loop and bounded in time and memory (an ExtractPool's `run`). */
  extract(payload: ExtractArticlePayload, html: string): Promise<ExtractedArticle>;
}

/** Cleans the page and extracts its facts (in the extraction pool) between a Redis read and write. */
export function createExtractArticleProcessor(deps: ExtractArticleDeps): Processor<typeof extractArticleQueue.schema> {
  return async (payload: ExtractArticlePayload, { log }) => {
    const html = await getBlob(deps.redis, payload.pageBlob);
    if (html === null && (await wasRetired(deps.redis, payload.pageBlob))) {
      log.info({ url: payload.url }, 'page already extracted and stored by an earlier run of this work');
      return { alreadyStored: true };
    }
    if (html === null) throw new PermanentError(`fetched page for ${payload.url} is no longer in Redis (expired); it will be fetched again on the next poll`);
    const { serialized, facts, isArticle } = await deps.extract(payload, html);
    const resultHash = sha256(serialized);
    const resultBlob = blobKey(deps.prefix, 'result', resultHash);
    await putBlob(deps.redis, resultBlob, serialized, { compress: false });
    await deps.enqueueStore({ url: payload.url, resultBlob, resultHash, pageBlob: payload.pageBlob });
    log.info({ url: payload.url, facts, isArticle }, 'article extracted');
    return { facts, isArticle };
  };
}
