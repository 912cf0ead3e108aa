import { discoverFeedLinks, WELL_KNOWN_FEED_PATHS } from './discover-feeds.ts';
import { FeedParseError, type ParsedFeed } from './feed-types.ts';
import { looksLikeFeed } from './looks-like-feed.ts';
import { parseFeed } from './parse-feed.ts';

/** What findFeed needs from a fetch: the caller's guarded fetcher, so this module stays free of I/O. */
export interface FeedCandidateResponse {
  status: number;
  finalUrl: string;
  contentType: string | null;
  body: string;
}
export type FeedFetcher = (url: string) => Promise<FeedCandidateResponse>;

export interface FoundFeed {
  /** The URL to poll: the one given when it is a feed, else the advertised or well-known URL (before redirects). */
  url: string;
  feed: ParsedFeed;
  via: 'self' | 'link' | 'well-known';
}

/** No feed at the URL, in the page's links, or at the well-known paths. `tried` lists each candidate with why it failed. */
export class FeedNotFoundError extends Error {
  override name = 'FeedNotFoundError';
  constructor(
    message: string,
    readonly tried: string[],
  ) {
    super(message);
  }
}

/** Links tried from a page, at most: pages can advertise dozens (per-tag, per-author feeds). */
const MAX_LINK_CANDIDATES = 5;

function asFeed(res: FeedCandidateResponse): ParsedFeed | string {
  if (res.status < 200 || res.status >= 300) return `HTTP ${res.status}`;
  if (!looksLikeFeed(res.body, res.contentType)) return 'not a feed';
  try {
    return parseFeed(res.body, res.finalUrl);
  } catch (err) {
    if (err instanceof FeedParseError) return err.message;
    throw err;
  }
}

/**
 * Resolves what an operator pasted to a feed: the URL itself if it is a feed (or
 * sitemap); else the feeds its page advertises with <link rel="alternate">, in order;
 * else the well-known paths on its origin. The first readable one wins. An error on
 * the pasted URL itself propagates (it explains more than "not found"); errors on
 * candidates are collected in FeedNotFoundError.tried.
 */
export async function findFeed(url: string, fetcher: FeedFetcher): Promise<FoundFeed> {
  const tried: string[] = [];
  const first = await fetcher(url);
  const self = asFeed(first);
  if (typeof self !== 'string') return { url, feed: self, via: 'self' };
  tried.push(`${url} (${self})`);

  const isHtml = first.status >= 200 && first.status < 300 && /html/i.test(first.contentType ?? '');
  const links = isHtml || /<link\b/i.test(first.body) ? discoverFeedLinks(first.body, first.finalUrl) : [];
  const attempt = async (candidate: string): Promise<ParsedFeed | null> => {
    try {
      const result = asFeed(await fetcher(candidate));
      if (typeof result !== 'string') return result;
      tried.push(`${candidate} (${result})`);
    } catch (err) {
      tried.push(`${candidate} (${err instanceof Error ? err.message : String(err)})`);
    }
    return null;
  };

  for (const link of links.slice(0, MAX_LINK_CANDIDATES)) {
    const feed = await attempt(link);
    if (feed) return { url: link, feed, via: 'link' };
  }
  const origin = new URL(first.finalUrl || url).origin;
  for (const path of WELL_KNOWN_FEED_PATHS) {
    const candidate = `${origin}${path}`;
    if (candidate === url || links.includes(candidate)) continue;
    const feed = await attempt(candidate);
    if (feed) return { url: candidate, feed, via: 'well-known' };
  }
  throw new FeedNotFoundError(`no feed found for ${url}`, tried);
}
