import type { FeedItem } from './feed-types.ts';
import { normalizeDate } from './normalize-date.ts';
import { toPlainText } from './plain-text.ts';
import { absoluteHttpUrl, resolveHttpUrl } from './resolve-url.ts';

/** An entry as read from any syndication format, before normalisation. */
export interface RawEntry {
  link: string | null | undefined;
  id: string | null | undefined;
  title: string | null | undefined;
  /** Candidate dates, best first; the first readable one wins. */
  dates: (string | null | undefined)[];
  summary: string | null | undefined;
  /** xml:base or similar, already resolved against the feed. */
  base?: string | null;
  source?: { url: string | null | undefined; title: string | null | undefined } | null;
}

export const SUMMARY_MAX_CHARS = 5000;

/**
 * Normalises entries: URL from the link (resolved against the entry's base, then the
 * feed URL), else from an id that is itself an absolute URL; guid from the id, else the
 * URL. Entries with no usable URL are counted, not returned. Duplicate guids keep the first.
 */
export function normalizeEntries(entries: RawEntry[], feedUrl: string): { items: FeedItem[]; skipped: number } {
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const e of entries) {
    const url = resolveHttpUrl(e.link, e.base ?? feedUrl) ?? absoluteHttpUrl(e.id);
    if (!url) {
      skipped++;
      continue;
    }
    const guid = e.id?.trim() || url;
    if (seen.has(guid)) continue;
    seen.add(guid);
    items.push({
      url,
      guid,
      title: toPlainText(e.title, 1000),
      published: firstDate(e.dates),
      summary: toPlainText(e.summary, SUMMARY_MAX_CHARS),
    });
    const source = sourceOf(e.source, feedUrl);
    if (source) items[items.length - 1]!.source = source;
  }
  return { items, skipped };
}

function sourceOf(source: RawEntry['source'], feedUrl: string): FeedItem['source'] {
  if (!source) return null;
  const url = resolveHttpUrl(source.url, feedUrl);
  const name = toPlainText(source.title, 200);
  return url || name ? { url, name } : null;
}

function firstDate(dates: (string | null | undefined)[]): string | null {
  for (const d of dates) {
    const iso = normalizeDate(d);
    if (iso) return iso;
  }
  return null;
}
