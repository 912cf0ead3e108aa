import type { AtomFeed, JsonFeed, RdfFeed, RssFeed } from 'feedsmith';
import { resolveHttpUrl } from './resolve-url.ts';
import type { RawEntry } from './syndication-items.ts';

export interface RawFeed {
  title: string | null | undefined;
  siteLink: string | null | undefined;
  ttl: unknown;
  sy: { updatePeriod?: string; updateFrequency?: number } | undefined;
  entries: RawEntry[];
}

type Rss = RssFeed.Feed<string>;
type Rdf = RdfFeed.Feed<string>;
type Atom = AtomFeed.Feed<string>;
type Json = JsonFeed.Feed<string>;
type AtomLink = AtomFeed.Link<string>;

export function fromRss(feed: Rss): RawFeed {
  return {
    title: feed.title,
    siteLink: feed.link ?? alternateLink(feed.atom?.links),
    ttl: feed.ttl,
    sy: feed.sy,
    entries: (feed.items ?? []).map((item) => ({
      link: item.link ?? alternateLink(item.atom?.links),
      id: item.guid?.value,
      title: item.title ?? item.dc?.titles?.[0],
      dates: [item.pubDate, item.dc?.dates?.[0], item.atom?.published, item.atom?.updated, item.dcterms?.created?.[0], item.dcterms?.modified?.[0]],
      summary: item.description ?? item.atom?.summary?.value,
      source: item.source ? { url: item.source.url, title: item.source.title } : null,
    })),
  };
}

export function fromRdf(feed: Rdf): RawFeed {
  return {
    title: feed.title,
    siteLink: feed.link,
    ttl: null,
    sy: feed.sy,
    entries: (feed.items ?? []).map((item) => ({
      link: item.link ?? item.rdf?.about,
      id: item.rdf?.about ?? item.link,
      title: item.title ?? item.dc?.titles?.[0],
      dates: [item.dc?.dates?.[0], item.dcterms?.created?.[0], item.dcterms?.modified?.[0]],
      summary: item.description ?? item.dc?.descriptions?.[0],
    })),
  };
}

/** The link a reader should open: rel="alternate" (or no rel), HTML preferred. */
function alternateLink(links: AtomLink[] | undefined): string | undefined {
  const candidates = (links ?? []).filter((l) => l.href && (!l.rel || l.rel === 'alternate'));
  return (candidates.find((l) => !l.type || /html/i.test(l.type)) ?? candidates[0])?.href;
}

export function fromAtom(feed: Atom, feedUrl: string): RawFeed {
  const feedBase = resolveHttpUrl(feed.xml?.base, feedUrl) ?? feedUrl;
  return {
    title: feed.title?.value,
    siteLink: resolveHttpUrl(alternateLink(feed.links), feedBase),
    ttl: null,
    sy: feed.sy,
    entries: (feed.entries ?? []).map((entry) => ({
      link: alternateLink(entry.links),
      base: resolveHttpUrl(entry.xml?.base, feedBase) ?? feedBase,
      id: entry.id,
      title: entry.title?.value,
      dates: [entry.published, entry.updated, entry.dc?.dates?.[0]],
      summary: entry.summary?.value ?? (entry.content?.src ? undefined : entry.content?.value),
    })),
  };
}

export function fromJson(feed: Json): RawFeed {
  return {
    title: feed.title,
    siteLink: feed.home_page_url,
    ttl: null,
    sy: undefined,
    entries: (feed.items ?? []).map((item) => ({
      link: item.url ?? item.external_url,
      id: item.id === undefined || item.id === null ? undefined : String(item.id),
      title: item.title,
      dates: [item.date_published, item.date_modified],
      summary: item.summary ?? item.content_text ?? item.content_html,
    })),
  };
}
