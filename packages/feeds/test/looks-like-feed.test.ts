import { describe, expect, it } from 'vitest';
import { looksLikeFeed } from '../src/index.ts';
import { fixture } from './fixtures.ts';

describe('looksLikeFeed', () => {
  it.each([
    ['rss2-channel.xml', 'application/rss+xml'],
    ['rdf-channel.rdf', 'application/rdf+xml'],
    ['atom-journal.xml', 'application/atom+xml'],
    ['json-feed.json', 'application/feed+json'],
    ['sitemap-urlset.xml', 'application/xml'],
    ['news-sitemap.xml', 'text/xml'],
    ['sitemap-index.xml', null],
  ])('recognises %s', (name, type) => {
    expect(looksLikeFeed(fixture(name), type)).toBe(true);
  });

  it('trusts the body over a wrong Content-Type', () => {
    expect(looksLikeFeed(fixture('rss2-channel.xml'), 'text/html; charset=utf-8')).toBe(true);
    expect(looksLikeFeed(fixture('page-with-feed-links.html'), 'application/rss+xml')).toBe(false);
  });

  it('rejects HTML, other XML, other JSON and empty bodies', () => {
    expect(looksLikeFeed(fixture('page-with-feed-links.html'), 'text/html')).toBe(false);
    expect(looksLikeFeed('<?xml version="1.0"?><svg/>', 'image/svg+xml')).toBe(false);
    expect(looksLikeFeed('{"version":"1.0","items":[]}', 'application/json')).toBe(false);
    expect(looksLikeFeed('', null)).toBe(false);
  });

  it('does not take a JSON Feed served as an image', () => {
    expect(looksLikeFeed(fixture('json-feed.json'), 'image/png')).toBe(false);
  });
});
