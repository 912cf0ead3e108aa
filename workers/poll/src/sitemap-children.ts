import { type FeedPollOutcome, type FetchOutcome, RateLimitedError } from '@newsfacts/core';
import { FeedParseError, parseFeed } from '@newsfacts/feeds';
import type { FetchResult } from '@newsfacts/fetch';
import { HostBusyError } from '@newsfacts/queues';
import type { Validators } from './child-validators.ts';

type Item = FeedPollOutcome['items'][number];

/** A sitemap index can list thousands of children; a poll reads only the most recently modified few. */
export const MAX_CHILD_SITEMAPS = 10;
/** News sitemaps hold up to 1,000 URLs each, plain ones up to 50,000: one poll hands on at most this many. */
export const MAX_SITEMAP_ITEMS = 2_000;
/** How long one poll may wait, in total, for host slots to read its children. */
export const CHILD_SLOT_BUDGET_MS = 90_000;

export interface ChildSitemapDeps {
  /** A guarded, conditional fetch inside a host slot; throws HostBusyError when the host is busy. */
  fetchChild(url: string, validators: Validators): Promise<FetchResult>;
  /** Validators from the child's last full read, if remembered. */
  validatorsOf?(url: string): Promise<Validators | null>;
  /** Each child fetch is a row of its own. */
  recordFetch(outcome: FetchOutcome): Promise<void>;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

export interface ChildSitemapsResult {
  items: Item[];
  /** Children read and parsed. */
  read: number;
  /** One line per child that could not be read this round. */
  errors: string[];
  /** Validators of the children read in full, to remember once their items are safely handed on. */
  validators: Map<string, Validators>;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Reads the first `MAX_CHILD_SITEMAPS` children (the index lists the newest first, see parseFeed),
 * one after another through the same guarded, throttled fetch as the index. Nested indexes are not
 * followed, so a poll's work stays bounded. A child that fails is recorded and skipped; a host that
 * rate-limits us ends the round for the rest.
 */
export async function readChildSitemaps(children: string[], feedId: number, deps: ChildSitemapDeps): Promise<ChildSitemapsResult> {
  const sleep = deps.sleep ?? defaultSleep;
  const now = deps.now ?? Date.now;
  const deadline = now() + CHILD_SLOT_BUDGET_MS;
  const items: Item[] = [];
  const errors: string[] = [];
  const validators = new Map<string, Validators>();
  let read = 0;
  for (const url of children.slice(0, MAX_CHILD_SITEMAPS)) {
    const known = (await deps.validatorsOf?.(url)) ?? { etag: null, lastModified: null };
    const fetchedAt = new Date(now()).toISOString();
    const row: FetchOutcome = { url, kind: 'feed', feedId, status: null, bytes: null, ms: null, fromCache: false, error: null, fetchedAt };
    let result: FetchResult;
    try {
      result = await inSlot(() => deps.fetchChild(url, known), deadline, sleep, now);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (error instanceof HostBusyError) {
        errors.push(`${url}: not read this round (host busy)`);
        break;
      }
      await deps.recordFetch({ ...row, status: error instanceof RateLimitedError ? 429 : null, error: message });
      errors.push(`${url}: ${message}`);
      if (error instanceof RateLimitedError) break;
      continue;
    }
    const fetched = { ...row, url: result.finalUrl, status: result.status, bytes: result.bytes, ms: Math.round(result.ms), fromCache: result.notModified };
    if (result.notModified) {
      // Unchanged since its items were last handed on: nothing new in it.
      read++;
      await deps.recordFetch(fetched);
      continue;
    }
    if (result.status >= 300) {
      await deps.recordFetch({ ...fetched, error: `HTTP ${result.status}` });
      errors.push(`${url}: HTTP ${result.status}`);
      continue;
    }
    try {
      const child = parseFeed(result.body, result.finalUrl);
      if (child.format === 'sitemap-index') throw new FeedParseError('a sitemap index inside a sitemap index is not followed');
      items.push(...child.items.map((i) => ({ url: i.url, guid: i.guid, title: i.title, published: i.published })));
      read++;
      validators.set(url, { etag: result.etag, lastModified: result.lastModified });
      await deps.recordFetch(fetched);
    } catch (error) {
      if (!(error instanceof FeedParseError)) throw error;
      const message = `FeedParseError: ${error.message}`;
      await deps.recordFetch({ ...fetched, error: message });
      errors.push(`${url}: ${message}`);
    }
  }
  return { items, read, errors, validators };
}

/** Waits for the host's turn (our own politeness limit) instead of failing the whole poll. */
async function inSlot<T>(fn: () => Promise<T>, deadline: number, sleep: (ms: number) => Promise<void>, now: () => number): Promise<T> {
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (!(error instanceof HostBusyError) || now() + error.retryAfterMs > deadline) throw error;
      await sleep(error.retryAfterMs);
    }
  }
}

/**
 * Items of several sitemaps as one list: de-duplicated by guid, and when there are more than a
 * poll hands on, the most recently dated ones (undated last, in listing order).
 */
export function mergeSitemapItems(items: Item[], limit = MAX_SITEMAP_ITEMS): Item[] {
  const seen = new Set<string>();
  const unique = items.filter((i) => !seen.has(i.guid) && (seen.add(i.guid), true));
  if (unique.length <= limit) return unique;
  return unique
    .map((item, index) => ({ item, index }))
    .sort((a, b) => byDateDesc(a.item.published, b.item.published) || a.index - b.index)
    .slice(0, limit)
    .map((x) => x.item);
}

function byDateDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}
