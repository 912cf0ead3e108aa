import { describe, expect, it } from 'vitest';
import { FeedParseError, parseFeed } from '../src/index.ts';
import { fixture } from './fixtures.ts';

const BASE = 'https://minerals-wire.example/feed.xml';

function parseError(body: string): FeedParseError {
  try {
    parseFeed(body, BASE);
  } catch (err) {
    expect(err).toBeInstanceOf(FeedParseError);
    return err as FeedParseError;
  }
  throw new Error('expected parseFeed to throw');
}

describe('parseFeed refuses bad input with a clear FeedParseError', () => {
  it('mismatched tags', () => {
    expect(parseError(fixture('malformed-tags.xml')).message).toMatch(/^malformed XML at line 9, column \d+: .*'b'/);
  });

  it('a feed cut off mid-item', () => {
    expect(parseError(fixture('truncated-rss.xml')).message).toBe('truncated or unclosed XML: the document does not end with </rss>');
  });

  it('truncated Atom and sitemap documents', () => {
    const atom = fixture('atom-journal.xml');
    expect(parseError(atom.slice(0, atom.lastIndexOf('</feed>'))).message).toMatch(/does not end with <\/feed>/);
    const sitemap = fixture('news-sitemap.xml');
    expect(parseError(sitemap.slice(0, 400)).message).toMatch(/does not end with <\/urlset>/);
  });

  it('truncated and malformed JSON', () => {
    expect(parseError(fixture('json-feed.json').slice(0, 300)).message).toMatch(/^invalid JSON/);
    expect(parseError('{"version": "https://jsonfeed.org/version/1.1", "title": }').message).toMatch(/^invalid JSON/);
  });

  it('an HTML page', () => {
    expect(parseError(fixture('page-with-feed-links.html')).message).toMatch(/HTML page/);
    expect(parseError('<html><body><p>Quotas rise</p></body></html>').message).toMatch(/HTML page/);
  });

  it('other XML and other JSON', () => {
    expect(parseError('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>').message).toBe('not a feed: XML document with root <svg>');
    expect(parseError('{"items": []}').message).toMatch(/jsonfeed\.org version/);
  });

  it('empty, whitespace and plain text', () => {
    expect(parseError('').message).toBe('empty document');
    expect(parseError(' \n\t ').message).toBe('empty document');
    expect(parseError('Service Unavailable').message).toMatch(/neither XML nor JSON/);
  });

  it('an RSS root with no channel', () => {
    expect(parseError('<rss version="2.0"></rss>').message).toMatch(/^unreadable rss feed/);
  });

  it('a 5 MB document of unclosed tags fails instead of hanging', () => {
    const huge = `<rss version="2.0"><channel>${'<item><title>x'.repeat(400_000)}`;
    expect(parseError(huge).message).toMatch(/truncated/);
    const spaces = `<rss version="2.0"><channel><title>t</title></channel></rss>${' '.repeat(5_000_000)}x`;
    expect(parseError(spaces).message).toMatch(/truncated or unclosed/);
  });
});

describe('parseFeed tolerates what real publishers send', () => {
  const minimal = (title: string) =>
    `<rss version="2.0"><channel><title>${title}</title><item><title>${title}</title><link>https://a.example/1</link></item></channel></rss>`;

  it('a bare ampersand and HTML entities in text', () => {
    const feed = parseFeed(minimal('AT&T &nbsp;buys&hellip; R&D'), BASE);
    expect(feed.items[0]!.title).toBe('AT&T buys… R&D');
  });

  it('a BOM, whitespace and comments around the document', () => {
    const feed = parseFeed(`\ufeff\n  <!-- generated -->\n${minimal('ok')}\n<!-- cached 12:00 -->\n`, BASE);
    expect(feed.items).toHaveLength(1);
  });

  it('a DOCTYPE (RSS 0.91)', () => {
    const body = `<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">${minimal('old')}`;
    expect(parseFeed(body, BASE).format).toBe('rss');
  });

  it('a feed with no items', () => {
    const feed = parseFeed('<rss version="2.0"><channel><title>Quiet</title></channel></rss>', BASE);
    expect(feed).toMatchObject({ title: 'Quiet', items: [], skippedItems: 0 });
  });
});
