import { sniffDocument, stripLeading } from './xml-sniff.ts';

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'urlset', 'sitemapindex']);

/**
 * Whether a body is a feed or sitemap we can parse, judged from the document itself:
 * servers label feeds text/html or text/plain often enough that the Content-Type only
 * settles the JSON case (a JSON Feed must say which jsonfeed.org version it is).
 */
export function looksLikeFeed(body: string, contentType: string | null): boolean {
  const doc = sniffDocument(body ?? '');
  if (doc.kind === 'xml') return FEED_ROOTS.has(doc.localName);
  if (doc.kind !== 'json') return false;
  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime && !mime.includes('json') && !mime.startsWith('text/')) return false;
  return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(stripLeading(body));
}
