import type { FeedPollOutcome } from '@newsfacts/core';
import { canonicalizeUrl } from '@newsfacts/fetch';
import type { FetchArticlePayload, Processor, recordPollQueue } from '@newsfacts/queues';
import { countDeferredItems, type FeedRow, type Store, getFeed, recordFeedPoll, recordFetch, registerFeedItems, setFeedSchedule } from '@newsfacts/store';
import { nextCheck } from './next-check.ts';

export interface RecordPollDeps {
  store: Store;
  enqueueFetches(payloads: FetchArticlePayload[]): Promise<void>;
  /** New items turned into fetch jobs per poll at most; later polls take the rest. */
  maxNewItemsPerPoll: number;
  /** Injected so tests can pin jitter. */
  random?: () => number;
}

/**
 * Writes feed health, schedules the next check, and turns the items the database has not stored
 * yet into fetch jobs: the store, not Redis, remembers what has been fetched.
 */
export function createRecordPollProcessor(deps: RecordPollDeps): Processor<typeof recordPollQueue.schema> {
  return async (outcome: FeedPollOutcome, { log }) => {
    const feed = await getFeed(deps.store.db, outcome.feedId);
    if (!feed) return { status: 'feed-removed' };
    await recordFetch(deps.store.db, outcome.fetch);
    await recordFeedPoll(deps.store.db, outcome);
    const updated = (await getFeed(deps.store.db, outcome.feedId)) as FeedRow;
    const next = nextCheck({
      now: new Date(outcome.fetch.fetchedAt),
      intervalMinutes: updated.interval_minutes,
      ok: outcome.ok,
      consecutiveErrors: updated.consecutive_errors,
      ttlMinutes: updated.ttl_minutes,
      cacheMaxAgeS: outcome.cacheMaxAgeS,
      retryAfterMs: outcome.retryAfterMs,
      skipHours: outcome.skipHours ?? parseList<number>(updated.skip_hours_json),
      skipDays: outcome.skipDays ?? parseList<string>(updated.skip_days_json),
      itemDates: outcome.items.flatMap((i) => (i.published ? [i.published] : [])),
      random: (deps.random ?? Math.random)(),
    });
    await setFeedSchedule(deps.store.db, outcome.feedId, { nextCheckAt: next.at.toISOString(), reason: next.reason, skipHours: outcome.skipHours, skipDays: outcome.skipDays });
    const listed = outcome.items.flatMap((item) => {
      const canonicalUrl = safeCanonical(item.url);
      return canonicalUrl ? [{ ...item, canonicalUrl }] : [];
    });
    const toFetch = await registerFeedItems(deps.store.db, outcome.feedId, listed, { maxToFetch: deps.maxNewItemsPerPoll });
    await deps.enqueueFetches(toFetch.map((item) => ({ url: item.url, feedId: outcome.feedId, guid: item.guid, itemTitle: item.title, itemPublished: item.published, itemSource: item.source ?? null })));
    const deferredItems = toFetch.length >= deps.maxNewItemsPerPoll ? await countDeferredItems(deps.store.db, outcome.feedId) : 0;
    if (deferredItems > 0) log.warn({ feedId: outcome.feedId, newItems: toFetch.length, deferredItems, limit: deps.maxNewItemsPerPoll }, 'feed lists more new items than one poll takes; the rest wait for later polls');
    return { status: 'recorded', newItems: toFetch.length, deferredItems, nextCheckAt: next.at.toISOString() };
  };
}

function parseList<T>(json: string | null): T[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

function safeCanonical(url: string): string | null {
  try {
    return canonicalizeUrl(url);
  } catch {
    return null;
  }
}
