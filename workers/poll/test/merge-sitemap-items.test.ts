import { describe, expect, it } from 'vitest';
import { mergeSitemapItems } from '../src/sitemap-children.ts';

const item = (n: number, published: string | null) => ({ url: `https://w.example/a/${n}`, guid: `https://w.example/a/${n}`, title: null, published });

describe('mergeSitemapItems', () => {
  it('drops repeats of a guid listed by two child sitemaps, keeping listing order', () => {
    const merged = mergeSitemapItems([item(1, null), item(2, null), item(1, '2025-10-01T00:00:00.000Z')]);
    expect(merged.map((i) => i.url)).toEqual(['https://w.example/a/1', 'https://w.example/a/2']);
  });

  it('keeps the most recent items when there are more than the limit, undated ones last', () => {
    const items = [item(1, '2025-01-01T00:00:00.000Z'), item(2, null), item(3, '2025-03-01T00:00:00.000Z'), item(4, '2025-02-01T00:00:00.000Z'), item(5, null)];
    expect(mergeSitemapItems(items, 3).map((i) => i.url.split('/').pop())).toEqual(['3', '4', '1']);
    expect(mergeSitemapItems(items, 4).map((i) => i.url.split('/').pop())).toEqual(['3', '4', '1', '2']);
  });
});
