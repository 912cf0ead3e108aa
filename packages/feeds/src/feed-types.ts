export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json' | 'sitemap' | 'sitemap-index';

export interface FeedItem {
  /** Absolute http(s) URL of the article. */
  url: string;
  /** The feed's own id for the item (guid, Atom id, JSON id), else the URL. */
  guid: string;
  /** Plain text, entities decoded and tags removed. */
  title: string | null;
  /** ISO 8601 in UTC (`2025-06-10T02:00:00.000Z`), or null when absent or unreadable. */
  published: string | null;
  /** Plain text of the item's description/summary (not its full content), capped at 5,000 characters. */
  summary: string | null;
  /** RSS <source>: the outlet the item was taken from (URL absolute http(s) or null, name plain text); absent when the item names none. */
  source?: { url: string | null; name: string | null } | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  siteUrl: string | null;
  /** Items in feed order, de-duplicated by guid; items with no usable URL are dropped (see skippedItems). */
  items: FeedItem[];
  /** RSS `<ttl>`, else the syndication module's updatePeriod/updateFrequency, in minutes. */
  ttlMinutes: number | null;
  /** RSS `<skipHours>`: hours 0-23 (GMT) in which not to poll. */
  skipHours: number[];
  /** RSS `<skipDays>`: English day names, capitalised (`Saturday`). */
  skipDays: string[];
  /** Sitemap index only: absolute URLs of the child sitemaps, most recent `lastmod` first (undated last, in document order). */
  childSitemaps: string[];
  /** Entries dropped because they had no link and no URL-shaped id. */
  skippedItems: number;
}

/** The input is not a feed, or is a feed that cannot be read (malformed, truncated). */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}
