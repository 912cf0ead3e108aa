import { load } from 'cheerio';
import { resolveHttpUrl } from './resolve-url.ts';

const FEED_TYPES = new Set([
  'application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json',
  'application/json', 'application/x-rss+xml', 'application/rss', 'text/xml', 'application/xml',
]);

/**
 * Feed URLs a page advertises with `<link rel="alternate" type="...">` (or the older
 * rel="feed"), resolved against `<base href>` and the page URL, de-duplicated, in
 * document order. Generic XML types count only with rel="alternate" plus a title or an
 * href that names a feed, since sites also use them for unrelated alternates.
 */
export function discoverFeedLinks(html: string, pageUrl: string): string[] {
  const $ = load(html ?? '', { xml: { xmlMode: false, decodeEntities: true } });
  const base = resolveHttpUrl($('base[href]').first().attr('href'), pageUrl) ?? pageUrl;
  const found: string[] = [];
  $('link[href]').each((_, el) => {
    const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const type = ($(el).attr('type') ?? '').split(';')[0]!.trim().toLowerCase();
    const href = $(el).attr('href');
    const isAlternate = rel.includes('alternate');
    const isFeedRel = rel.includes('feed');
    if (!isAlternate && !isFeedRel) return;
    if (type === 'text/xml' || type === 'application/xml') {
      if (!/rss|atom|feed/i.test(`${$(el).attr('title') ?? ''} ${href ?? ''}`)) return;
    } else if (type && !FEED_TYPES.has(type)) return;
    else if (!type && !isFeedRel) return;
    const url = resolveHttpUrl(href, base);
    if (url && !found.includes(url)) found.push(url);
  });
  return found;
}

/** Paths to try, in order, when a site advertises no feed. */
export const WELL_KNOWN_FEED_PATHS: string[] = [
  '/feed', '/rss', '/atom.xml', '/index.xml', '/feed.xml', '/rss.xml', '/feed.json', '/atom', '/index.rss', '/feeds/posts/default',
];

/** Sitemaps worth trying for news sites (robots.txt `Sitemap:` lines come first when known). */
export const WELL_KNOWN_SITEMAP_PATHS: string[] = ['/news-sitemap.xml', '/sitemap_news.xml', '/sitemap-news.xml', '/sitemap_index.xml', '/sitemap.xml'];

/** WELL_KNOWN_FEED_PATHS as absolute URLs on the site's origin. */
export function wellKnownFeedUrls(siteUrl: string): string[] {
  const origin = new URL(siteUrl).origin;
  return WELL_KNOWN_FEED_PATHS.map((p) => `${origin}${p}`);
}
