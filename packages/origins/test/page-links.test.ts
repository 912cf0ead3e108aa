import { describe, expect, it } from 'vitest';
import { readPageLinks } from '../src/page-links.ts';

const ld = (o: object) => `<html><head><script type="application/ld+json">${JSON.stringify(o)}</script></head><body></body></html>`;

describe('readPageLinks', () => {
  it('reads isBasedOn as a URL or as a work with its publisher, and sourceOrganization', () => {
    expect(readPageLinks(ld({ '@type': 'NewsArticle', isBasedOn: 'https://wire.example/story-1' }), 'https://local.example/a', null)).toEqual({
      basedOnUrls: ['https://wire.example/story-1'],
      sourceOrganization: null,
    });
    const work = ld({ '@graph': [{ '@type': 'NewsArticle', isBasedOn: { '@type': 'NewsArticle', url: '/orig', publisher: { name: 'Polar News Agency' } } }] });
    expect(readPageLinks(work, 'https://local.example/a', null)).toEqual({ basedOnUrls: ['https://local.example/orig'], sourceOrganization: 'Polar News Agency' });
    expect(readPageLinks(ld({ '@type': 'NewsArticle', sourceOrganization: { name: 'Delta Press' } }), 'https://x.example/', null).sourceOrganization).toBe('Delta Press');
  });

  it('counts a canonical link only when it points to another site', () => {
    expect(readPageLinks(null, 'https://www.local.example/a', 'https://local.example/a?x=1').basedOnUrls).toEqual([]);
    expect(readPageLinks(null, 'https://local.example/a', 'https://wire.example/original').basedOnUrls).toEqual(['https://wire.example/original']);
    expect(readPageLinks(null, 'http://127.0.0.1:8001/a', 'http://127.0.0.1:8002/b').basedOnUrls).toEqual(['http://127.0.0.1:8002/b']);
  });

  it('survives broken JSON and non-http links', () => {
    const html = '<script type="application/ld+json">{not json</script><script type="application/ld+json">{"isBasedOn":"javascript:alert(1)"}</script>';
    expect(readPageLinks(html, 'https://a.example/', null)).toEqual({ basedOnUrls: [], sourceOrganization: null });
  });
});
