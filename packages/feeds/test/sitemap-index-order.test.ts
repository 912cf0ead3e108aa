import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.ts';

const index = (entries: [string, string | null][]) =>
  `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries
    .map(([loc, lastmod]) => `<sitemap><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</sitemap>`)
    .join('')}</sitemapindex>`;

describe('sitemap index children', () => {
  it('come most recently modified first, whatever order the index lists them in', () => {
    const xml = index([
      ['/s/2025-08.xml', '2025-08-31'],
      ['/s/undated-a.xml', null],
      ['/s/2025-10.xml', '2025-10-02T09:00:00+02:00'],
      ['/s/undated-b.xml', null],
      ['/s/2025-09.xml', '2025-09-30T23:00:00Z'],
    ]);
    expect(parseFeed(xml, 'https://wire.example/sitemap.xml').childSitemaps).toEqual([
      'https://wire.example/s/2025-10.xml',
      'https://wire.example/s/2025-09.xml',
      'https://wire.example/s/2025-08.xml',
      'https://wire.example/s/undated-a.xml',
      'https://wire.example/s/undated-b.xml',
    ]);
  });

  it('keep one entry per URL, dated by its latest lastmod', () => {
    const xml = index([
      ['/s/news.xml', null],
      ['/s/old.xml', '2025-01-01'],
      ['/s/news.xml', '2025-06-01'],
    ]);
    expect(parseFeed(xml, 'https://wire.example/').childSitemaps).toEqual(['https://wire.example/s/news.xml', 'https://wire.example/s/old.xml']);
  });
});
