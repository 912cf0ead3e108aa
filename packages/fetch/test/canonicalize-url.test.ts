import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../src/index.ts';

describe('canonicalizeUrl', () => {
  it.each([
    ['https://News.Example.COM/a/b?utm_source=rss&utm_medium=feed&id=7#comments', 'https://news.example.com/a/b?id=7'],
    ['https://example.com/x?fbclid=IwAR0abc', 'https://example.com/x'],
    ['https://example.com/x?gclid=1&page=2&mc_cid=9&mc_eid=8', 'https://example.com/x?page=2'],
    ['https://example.com/x?UTM_Campaign=Spring&b=2&a=1', 'https://example.com/x?b=2&a=1'],
    ['http://example.com:80/story', 'http://example.com/story'],
    ['https://example.com:443/story', 'https://example.com/story'],
    ['https://example.com:8443/story', 'https://example.com:8443/story'],
    ['https://example.com/story#section-2', 'https://example.com/story'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/s?q=rare%20earths&utm_term=x', 'https://example.com/s?q=rare%20earths'],
    ['https://example.com/s?q=a+b&_ga=2.1', 'https://example.com/s?q=a+b'],
    ['https://example.com/s?&&id=1&', 'https://example.com/s?id=1'],
    ['https://example.com/Path/Case?ID=Keep', 'https://example.com/Path/Case?ID=Keep'],
    ['  https://example.com/trim  ', 'https://example.com/trim'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('keeps parameters that merely resemble tracking ones', () => {
    expect(canonicalizeUrl('https://example.com/?ref=home&source=x&utmost=1')).toBe('https://example.com/?ref=home&source=x&utmost=1');
  });

  it('throws on a relative or invalid URL', () => {
    expect(() => canonicalizeUrl('/relative/path')).toThrow(TypeError);
  });
});
