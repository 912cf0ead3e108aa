import { type FeedPollOutcome, type FetchOutcome, PermanentError, RateLimitedError } from '@newsfacts/core';
import { FeedParseError, type ParsedFeed, parseFeed } from '@newsfacts/feeds';
import { FEED_ACCEPT, FEED_CONTENT_TYPES, type FetchOptions, type FetchResult, fetchText } from '@newsfacts/fetch';
import { HostBusyError, type HostThrottle, type PollFeedPayload, type Processor, type pollFeedQueue, withHostSlot } from '@newsfacts/queues';
import type { ChildValidatorMemory, Validators } from './child-validators.ts';
import { mergeSitemapItems, readChildSitemaps } from './sitemap-children.ts';

export interface PollFeedDeps {
  fetchOptions: Omit<FetchOptions, 'etag' | 'lastModified' | 'accept'>;
  recordPoll(outcome: FeedPollOutcome): Promise<void>;
  /** Rows for the extra fetches of a poll (child sitemaps); without it they go unrecorded. */
  recordFetch?(outcome: FetchOutcome): Promise<void>;
  /** Child sitemap validators; without it every child of a changed index is downloaded in full. */
  childValidators?: ChildValidatorMemory;
  throttle: HostThrottle;
}

export type PollStatus = 'ok' | 'not-modified' | 'http-error' | 'parse-error' | 'refused' | 'gone' | 'rate-limited';

/**
 * Fetches a feed with the server's own validators and reports what it lists to the store stage,
 * which alone knows which items are new. Every outcome, good or bad, lands on the feed row. A
 * sitemap index is read through its most recent child sitemaps (see sitemap-children.ts).
 */
export function createPollFeedProcessor(deps: PollFeedDeps): Processor<typeof pollFeedQueue.schema> {
  return async (payload: PollFeedPayload, { log }) => {
    const startedAt = new Date().toISOString();
    const base = emptyOutcome(payload, startedAt);
    const fetchFeed = (url: string, validators: { etag: string | null; lastModified: string | null }) =>
      withHostSlot(deps.throttle, url, () =>
        fetchText(url, { ...deps.fetchOptions, ...validators, accept: FEED_ACCEPT, allowedContentTypes: [...FEED_CONTENT_TYPES, 'text/html', 'text/plain'] }),
      );
    let result: FetchResult;
    try {
      result = await fetchFeed(payload.url, { etag: payload.etag, lastModified: payload.lastModified });
    } catch (error) {
      if (error instanceof HostBusyError) throw error;
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const limited = error instanceof RateLimitedError;
      const status = limited ? 429 : null;
      await deps.recordPoll({ ...base, error: message, retryAfterMs: limited ? error.retryAfterMs : null, fetch: { ...base.fetch, status, error: message } });
      // The feed's own schedule (from the recorded error) is the retry: no BullMQ retries on top.
      if (limited) return { status: 'rate-limited' satisfies PollStatus, error: message };
      if (error instanceof PermanentError) return { status: 'refused' satisfies PollStatus, error: message };
      throw error;
    }
    const fetch = { ...base.fetch, url: result.finalUrl, status: result.status, bytes: result.bytes, ms: Math.round(result.ms), fromCache: result.notModified };
    const validators = { etag: result.etag, lastModified: result.lastModified, cacheMaxAgeS: result.cacheControlMaxAgeS, retryAfterMs: result.retryAfterMs };
    if (result.notModified) {
      await deps.recordPoll({ ...base, ...validators, fetch, ok: true, notModified: true });
      return { status: 'not-modified' satisfies PollStatus };
    }
    if (result.status === 410) {
      const reason = 'feed is gone (HTTP 410); paused';
      await deps.recordPoll({ ...base, fetch: { ...fetch, error: reason }, error: reason, pauseReason: reason });
      return { status: 'gone' satisfies PollStatus };
    }
    if (result.status >= 400) {
      const error = `HTTP ${result.status}`;
      await deps.recordPoll({ ...base, fetch: { ...fetch, error }, error });
      return { status: 'http-error' satisfies PollStatus, error };
    }
    let feed: ParsedFeed;
    try {
      feed = parseFeed(result.body, result.finalUrl);
    } catch (error) {
      if (!(error instanceof FeedParseError)) throw error;
      const message = `FeedParseError: ${error.message}`;
      await deps.recordPoll({ ...base, fetch: { ...fetch, error: message }, error: message });
      return { status: 'parse-error' satisfies PollStatus, error: message };
    }
    let items: FeedPollOutcome['items'] = feed.items.map((i) => ({ url: i.url, guid: i.guid, title: i.title, published: i.published, source: i.source ?? null }));
    let error: string | null = null;
    let keepValidators = true;
    let childValidators = new Map<string, Validators>();
    if (feed.format === 'sitemap-index' && feed.childSitemaps.length > 0) {
      const children = await readChildSitemaps(feed.childSitemaps, payload.feedId, {
        fetchChild: (url, known) => fetchFeed(url, known),
        validatorsOf: deps.childValidators ? (url) => deps.childValidators!.get(url) : undefined,
        recordFetch: deps.recordFetch ?? (async () => {}),
      });
      items = children.items;
      childValidators = children.validators;
      // A 304 on the index would skip the children, so one that failed must not be forgotten behind it.
      keepValidators = children.errors.length === 0;
      // Some children failing is normal churn; none readable means the source is broken.
      if (children.read === 0) error = `no child sitemap could be read (${children.errors.length} tried): ${children.errors[0] ?? ''}`;
      else if (children.errors.length) log.warn({ feedId: payload.feedId, errors: children.errors }, 'some child sitemaps not read');
    }
    if (feed.format === 'sitemap' || feed.format === 'sitemap-index') items = mergeSitemapItems(items);
    await deps.recordPoll({
      ...base,
      ...validators,
      ...(keepValidators ? {} : { etag: null, lastModified: null }),
      fetch,
      ok: error === null,
      error,
      title: feed.title,
      siteUrl: feed.siteUrl,
      format: feed.format,
      ttlMinutes: feed.ttlMinutes,
      skipHours: feed.skipHours,
      skipDays: feed.skipDays,
      itemsSeen: items.length,
      items,
    });
    // Only now are the children's items safe with the store: a 304 on them may skip them from here on.
    for (const [url, v] of childValidators) await deps.childValidators?.set(url, v);
    log.info({ feedId: payload.feedId, items: items.length }, 'feed polled');
    return error === null ? { status: 'ok' satisfies PollStatus, items: items.length } : { status: 'http-error' satisfies PollStatus, error };
  };
}

function emptyOutcome(payload: PollFeedPayload, fetchedAt: string): FeedPollOutcome {
  return {
    feedId: payload.feedId,
    fetch: { url: payload.url, kind: 'feed', feedId: payload.feedId, status: null, bytes: null, ms: null, fromCache: false, error: null, fetchedAt },
    ok: false,
    notModified: false,
    etag: null,
    lastModified: null,
    title: null,
    siteUrl: null,
    format: null,
    itemsSeen: 0,
    items: [],
    ttlMinutes: null,
    cacheMaxAgeS: null,
    retryAfterMs: null,
    skipHours: null,
    skipDays: null,
    pauseReason: null,
    error: null,
  };
}
