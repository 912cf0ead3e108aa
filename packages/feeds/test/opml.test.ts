import { describe, expect, it } from 'vitest';
import { FeedParseError, parseOpml, toOpml } from '../src/index.ts';
import { fixture } from './fixtures.ts';

const EXPECTED_FEEDS = [
  { url: 'https://minerals-wire.example/feed.xml', title: 'Minerals Wire & Trade Desk' },
  { url: 'https://ree-bulletin.example/rss.rdf', title: 'REE Bulletin' },
  { url: 'https://critmin-review.example/journal/atom.xml', title: 'Critical Minerals Review' },
  { url: 'https://battery-metals.example/feed.json', title: 'Battery metals' },
];

describe('OPML', () => {
  it('imports nested folders flat, in order, de-duplicated, http(s) feeds only', () => {
    expect(parseOpml(fixture('subscriptions.opml'))).toEqual({ title: 'Critical minerals desk', feeds: EXPECTED_FEEDS });
  });

  it('round-trips an export, including characters that need escaping', () => {
    const feeds = [...EXPECTED_FEEDS, { url: 'https://q.example/feed?a=1&b=<2>', title: null }, { url: 'https://r.example/rss', title: 'Quotes "and" <tags>' }];
    const xml = toOpml(feeds, 'My export & more');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<opml version="2.0">/);
    expect(parseOpml(xml)).toEqual({
      title: 'My export & more',
      // An untitled feed is exported with its URL as the outline text, so it comes back titled by URL.
      feeds: feeds.map((f) => ({ url: new URL(f.url).href, title: f.title ?? f.url })),
    });
  });

  it('exports an empty list that imports as empty', () => {
    expect(parseOpml(toOpml([]))).toEqual({ title: 'newsfacts feeds', feeds: [] });
  });

  it('refuses non-OPML, malformed and truncated files', () => {
    expect(() => parseOpml(fixture('rss2-channel.xml'))).toThrow(FeedParseError);
    expect(() => parseOpml('<opml version="2.0"><body><outline text="x"></body></opml>')).toThrow(/malformed XML/);
    const good = fixture('subscriptions.opml');
    expect(() => parseOpml(good.slice(0, good.length / 2))).toThrow(/truncated/);
  });
});
