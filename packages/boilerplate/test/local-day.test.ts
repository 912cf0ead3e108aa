import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { localPublishedDay } from '../src/metadata/local-day.ts';

const page = (published: string) =>
  `<html><head><meta property="article:published_time" content="${published}"><title>Harbour dredging resumes</title></head>` +
  `<body><article><h1>Harbour dredging resumes</h1><p>${'The dredgers went back to work in the outer harbour after a month of repairs, the port said. '.repeat(4)}</p></article></body></html>`;

describe('the local publication day', () => {
  it('takes the URL day when a UTC instant falls on the next day', () => {
    const doc = cleanHtml(page('2030-06-05T02:10:00Z'), 'https://news.example/2030/06/04/harbour-dredging');
    expect(doc.published).toBe('2030-06-04');
  });

  it('keeps the instant when the URL agrees with it, has no date, or the time carries its own zone', () => {
    expect(localPublishedDay({ value: '2030-06-05T02:10:00Z', source: 'meta' }, 'https://news.example/2030/06/05/a')).toEqual({ value: '2030-06-05T02:10:00Z', source: 'meta' });
    expect(localPublishedDay({ value: '2030-06-05T02:10:00Z', source: 'meta' }, 'https://news.example/harbour')).toEqual({ value: '2030-06-05T02:10:00Z', source: 'meta' });
    expect(localPublishedDay({ value: '2030-06-05T02:10:00-05:00', source: 'json-ld' }, 'https://news.example/2030/06/04/a')).toEqual({ value: '2030-06-05T02:10:00-05:00', source: 'json-ld' });
    expect(localPublishedDay(null, 'https://news.example/2030/06/04/a')).toBeNull();
  });
});
