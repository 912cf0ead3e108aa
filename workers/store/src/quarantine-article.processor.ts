import { canonicalizeUrl } from '@newsfacts/fetch';
import type { Processor, QuarantineArticlePayload, quarantineArticleQueue } from '@newsfacts/queues';
import { quarantineArticle, type Store } from '@newsfacts/store';

/** Records an article whose work failed for good; polls skip it until an operator retries it. */
export function createQuarantineArticleProcessor(deps: { store: Store }): Processor<typeof quarantineArticleQueue.schema> {
  return async (payload: QuarantineArticlePayload, { log }) => {
    const canonicalUrl = safeCanonical(payload.url);
    await quarantineArticle(deps.store.db, { url: payload.url, canonicalUrl, feedId: payload.feedId, guid: payload.guid, queue: payload.queue, reason: payload.reason, failedAt: payload.failedAt });
    log.warn({ url: payload.url, failedQueue: payload.queue, reason: payload.reason }, 'article quarantined');
    return { status: 'quarantined' };
  };
}

function safeCanonical(url: string): string {
  try {
    return canonicalizeUrl(url);
  } catch {
    return url;
  }
}
