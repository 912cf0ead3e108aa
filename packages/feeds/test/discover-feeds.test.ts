import { describe, expect, it } from 'vitest';
import { discoverFeedLinks, WELL_KNOWN_FEED_PATHS, wellKnownFeedUrls } from '../src/index.ts';
import { fixture } from './fixtures.ts';

describe('discoverFeedLinks', () => {
  it('finds advertised feeds in document order, resolved against <base>, without duplicates or non-feeds', () => {
    expect(discoverFeedLinks(fixture('page-with-feed-links.html'), 'https://minerals-wire.example/news/quotas-rise?x=1')).toEqual([
      'https://minerals-wire.example/news/feed.xml',
      'https://minerals-wire.example/atom.xml',
      'https://minerals-wire.example/feed.json',
      'https://minerals-wire.example/legacy.rss',
    ]);
  });

  it('resolves against the page URL when there is no <base>', () => {
    const html = '<head><link rel="alternate" type="application/atom+xml" href="../feeds/all.atom"></head>';
    expect(discoverFeedLinks(html, 'https://blog.example/2025/06/post')).toEqual(['https://blog.example/2025/feeds/all.atom']);
  });

  it('accepts rel="feed" and ignores untitled generic XML alternates', () => {
    const html = '<link rel="feed" href="/updates"><link rel="alternate" type="application/xml" href="/data.xml">';
    expect(discoverFeedLinks(html, 'https://site.example/')).toEqual(['https://site.example/updates']);
  });

  it('returns nothing for a page without feeds or for garbage', () => {
    expect(discoverFeedLinks('<html><head><title>x</title></head></html>', 'https://site.example/')).toEqual([]);
    expect(discoverFeedLinks('\u0000<<<>>>', 'https://site.example/')).toEqual([]);
  });
});

describe('well-known feed paths', () => {
  it('starts with the paths the issue names, in that order', () => {
    expect(WELL_KNOWN_FEED_PATHS.slice(0, 5)).toEqual(['/feed', '/rss', '/atom.xml', '/index.xml', '/feed.xml']);
  });

  it('builds absolute URLs on the site origin', () => {
    expect(wellKnownFeedUrls('https://minerals-wire.example/news/quotas-rise').slice(0, 2)).toEqual([
      'https://minerals-wire.example/feed',
      'https://minerals-wire.example/rss',
    ]);
  });
});
