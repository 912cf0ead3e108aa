import { XMLParser } from 'fast-xml-parser';
import type { ParsedFeed } from './feed-types.ts';
import { normalizeDate } from './normalize-date.ts';
import { resolveHttpUrl } from './resolve-url.ts';
import { normalizeEntries, type RawEntry } from './syndication-items.ts';

// Namespace prefixes vary (news:, n:, or a default namespace), so compare local names.
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

type Node = Record<string, unknown>;

function text(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return text((v as Node)['#text']);
  return undefined;
}

function obj(v: unknown): Node {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : {};
}

function list(v: unknown): Node[] {
  return Array.isArray(v) ? v.map(obj) : [];
}

/**
 * A sitemap (`<urlset>`, with Google News `<news:news>` entries when present) or a
 * sitemap index (`<sitemapindex>`). Each URL becomes an item whose guid is its URL; the
 * date is news:publication_date, else lastmod. Index entries become childSitemaps.
 */
export function parseSitemap(xml: string, baseUrl: string, localName: 'urlset' | 'sitemapindex'): ParsedFeed {
  const doc = obj(parser.parse(xml));
  const base: Omit<ParsedFeed, 'format'> = {
    title: null, siteUrl: null, items: [], ttlMinutes: null, skipHours: [], skipDays: [], childSitemaps: [], skippedItems: 0,
  };
  if (localName === 'sitemapindex') {
    return { ...base, format: 'sitemap-index', childSitemaps: newestFirst(list(obj(doc.sitemapindex).sitemap), baseUrl) };
  }
  const entries: RawEntry[] = list(obj(doc.urlset).url).map((u) => {
    const news = obj(Array.isArray(u.news) ? u.news[0] : u.news);
    const loc = text(u.loc);
    return {
      link: loc,
      id: resolveHttpUrl(loc, baseUrl),
      title: text(news.title),
      dates: [text(news.publication_date), text(u.lastmod)],
      summary: null,
    };
  });
  const { items, skipped } = normalizeEntries(entries, baseUrl);
  return { ...base, format: 'sitemap', items, skippedItems: skipped };
}

/**
 * Child sitemap URLs, de-duplicated, most recently modified first: a poller that reads only a few
 * children wants the ones that change. Undated children follow in document order.
 */
function newestFirst(entries: Node[], baseUrl: string): string[] {
  const latest = new Map<string, string | null>();
  for (const s of entries) {
    const url = resolveHttpUrl(text(s.loc), baseUrl);
    if (url === null) continue;
    const lastmod = normalizeDate(text(s.lastmod));
    const known = latest.get(url);
    if (!latest.has(url) || (lastmod !== null && (known === null || known === undefined || lastmod > known))) latest.set(url, lastmod);
  }
  // Array.prototype.sort is stable, so equal dates and undated children keep document order.
  return [...latest.entries()]
    .map(([url, lastmod], index) => ({ url, lastmod, index }))
    .sort((a, b) => (a.lastmod === b.lastmod ? a.index - b.index : a.lastmod === null ? 1 : b.lastmod === null ? -1 : a.lastmod < b.lastmod ? 1 : -1))
    .map((c) => c.url);
}
