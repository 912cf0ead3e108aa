import { type FetchOutcome, PermanentError } from '@newsfacts/core';
import { type FetchOptions, HTML_CONTENT_TYPES, type RobotsCache, fetchText } from '@newsfacts/fetch';
import { type ExtractArticlePayload, type FetchArticlePayload, HostBusyError, type HostThrottle, type Processor, blobKey, type fetchArticleQueue, putBlob, sha256, withHostSlot } from '@newsfacts/queues';
import type { Redis } from 'ioredis';
import { claimCrawlGap, crawlDelayToMs, restartCrawlGap } from './crawl-delay.ts';

export interface FetchArticleDeps {
  fetchOptions: Omit<FetchOptions, 'accept'>;
  redis: Redis;
  prefix: string;
  enqueueExtract(payload: ExtractArticlePayload): Promise<void>;
  recordFetch(outcome: FetchOutcome): Promise<void>;
  throttle: HostThrottle;
  /** null when the operator turned robots.txt checks off. */
  robots: RobotsCache | null;
  /** The product token matched against robots.txt groups. */
  robotsAgent: string;
}

/** HTTP statuses that say the article will not come back however often we ask. */
const GONE = new Set([401, 403, 404, 410, 451]);

/**
 * Fetches an article page and parks the HTML in Redis for the extract stage. A missing page is an
 * expected outcome (recorded, not retried); a server error is a fault (recorded, then retried).
 */
export function createFetchArticleProcessor(deps: FetchArticleDeps): Processor<typeof fetchArticleQueue.schema> {
  return async (payload: FetchArticlePayload, { log }) => {
    const fetchedAt = new Date().toISOString();
    const outcome: FetchOutcome = { url: payload.url, kind: 'article', feedId: payload.feedId, status: null, bytes: null, ms: null, fromCache: false, error: null, fetchedAt };
    let result;
    try {
      let crawlDelayMs = 0;
      if (deps.robots) {
        if (!(await deps.robots.isAllowed(payload.url, deps.robotsAgent))) {
          await deps.recordFetch({ ...outcome, error: 'disallowed by robots.txt' });
          return { status: 'disallowed-by-robots' };
        }
        crawlDelayMs = crawlDelayToMs(await deps.robots.crawlDelaySeconds(payload.url, deps.robotsAgent));
      }
      const host = new URL(payload.url).host;
      if (crawlDelayMs > 0) await claimCrawlGap(deps.redis, deps.prefix, host, crawlDelayMs);
      let requested = false;
      try {
        result = await withHostSlot(deps.throttle, payload.url, () => {
          requested = true;
          return fetchText(payload.url, { ...deps.fetchOptions, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5', allowedContentTypes: HTML_CONTENT_TYPES });
        });
      } finally {
        if (requested && crawlDelayMs > 0) await restartCrawlGap(deps.redis, deps.prefix, host, crawlDelayMs);
      }
    } catch (error) {
      // A busy host is not a failed fetch: the job waits without a row or a spent attempt.
      if (error instanceof HostBusyError) throw error;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      await deps.recordFetch({ ...outcome, error: message });
      throw error;
    }
    const done = { ...outcome, status: result.status, bytes: result.bytes, ms: Math.round(result.ms) };
    if (result.status >= 400) {
      const error = `HTTP ${result.status}`;
      await deps.recordFetch({ ...done, error });
      if (GONE.has(result.status)) return { status: 'gone', httpStatus: result.status };
      if (result.status >= 500 || result.status === 408) throw new Error(`${error} from ${payload.url}`);
      throw new PermanentError(`${error} from ${payload.url}`);
    }
    const pageHash = sha256(result.body);
    const pageBlob = blobKey(deps.prefix, 'page', pageHash);
    await putBlob(deps.redis, pageBlob, result.body);
    await deps.enqueueExtract({
      ...payload,
      finalUrl: result.finalUrl,
      pageBlob,
      pageHash,
      fetch: { status: result.status, bytes: result.bytes, ms: Math.round(result.ms), fetchedAt },
    });
    log.info({ url: payload.url, bytes: result.bytes }, 'article fetched');
    return { status: 'fetched', bytes: result.bytes };
  };
}

