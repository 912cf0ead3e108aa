import { detectJsonFeed, parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { cleanTtl, readSkipHints, syndicationMinutes } from './channel-hints.ts';
import { FeedParseError, type FeedFormat, type ParsedFeed } from './feed-types.ts';
import { parseSitemap } from './parse-sitemap.ts';
import { resolveHttpUrl } from './resolve-url.ts';
import { fromAtom, fromJson, fromRdf, fromRss, type RawFeed } from './syndication-formats.ts';
import { normalizeEntries } from './syndication-items.ts';
import { toPlainText } from './plain-text.ts';
import { assertWellFormed, sniffDocument, stripLeading } from './xml-sniff.ts';

const XML_FORMATS: Record<string, FeedFormat> = { rss: 'rss', rdf: 'rdf', feed: 'atom', urlset: 'sitemap', sitemapindex: 'sitemap-index' };

/**
 * Parses RSS 2.0 (and 0.9x), RSS 1.0/RDF, Atom, JSON Feed, sitemaps, Google News
 * sitemaps and sitemap indexes into one shape. Pure: `baseUrl` (the URL the body was
 * fetched from) is only used to resolve relative links. Throws FeedParseError with a
 * readable message for empty, non-feed (HTML, other XML/JSON), malformed or truncated input.
 */
export function parseFeed(body: string, baseUrl: string): ParsedFeed {
  const text = stripLeading(body ?? '');
  if (!text) throw new FeedParseError('empty document');
  const doc = sniffDocument(text);
  if (doc.kind === 'html') throw new FeedParseError('not a feed: this is an HTML page (look for <link rel="alternate"> feeds in it)');
  if (doc.kind === 'json') return parseJson(text, baseUrl);
  if (doc.kind === 'unknown') throw new FeedParseError('not a feed: neither XML nor JSON');
  const format = XML_FORMATS[doc.localName];
  if (!format) throw new FeedParseError(`not a feed: XML document with root <${doc.root}>`);
  assertWellFormed(text, doc.root);
  if (format === 'sitemap' || format === 'sitemap-index') {
    return parseSitemap(text, baseUrl, format === 'sitemap' ? 'urlset' : 'sitemapindex');
  }
  const raw = readXmlFeed(text, format, baseUrl);
  return build(format, raw, baseUrl, format === 'rss' ? readSkipHints(text) : { skipHours: [], skipDays: [] });
}

function readXmlFeed(text: string, format: FeedFormat, baseUrl: string): RawFeed {
  try {
    if (format === 'rss') return fromRss(parseRssFeed(text));
    if (format === 'rdf') return fromRdf(parseRdfFeed(text));
    return fromAtom(parseAtomFeed(text), baseUrl);
  } catch (err) {
    const detail = err instanceof Error ? ((err.cause as Error | undefined)?.message ?? err.message) : String(err);
    throw new FeedParseError(`unreadable ${format} feed: ${detail}`);
  }
}

function parseJson(text: string, baseUrl: string): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new FeedParseError(`invalid JSON (truncated or malformed): ${(err as Error).message}`);
  }
  if (!detectJsonFeed(value)) throw new FeedParseError('not a feed: JSON without a jsonfeed.org version');
  try {
    return build('json', fromJson(parseJsonFeed(value)), baseUrl, { skipHours: [], skipDays: [] });
  } catch (err) {
    throw new FeedParseError(`unreadable JSON Feed: ${(err as Error).message}`);
  }
}

function build(format: FeedFormat, raw: RawFeed, baseUrl: string, skips: { skipHours: number[]; skipDays: string[] }): ParsedFeed {
  const { items, skipped } = normalizeEntries(raw.entries, baseUrl);
  return {
    format,
    title: toPlainText(raw.title, 500),
    siteUrl: resolveHttpUrl(raw.siteLink, baseUrl),
    items,
    ttlMinutes: cleanTtl(raw.ttl) ?? syndicationMinutes(raw.sy),
    skipHours: skips.skipHours,
    skipDays: skips.skipDays,
    childSitemaps: [],
    skippedItems: skipped,
  };
}
