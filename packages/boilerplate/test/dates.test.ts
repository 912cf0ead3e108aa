import { describe, expect, it } from 'vitest';
import { dateFromUrl, normalizeDate } from '../src/metadata/dates.ts';

describe('normalizeDate', () => {
  it.each([
    ['2025-03-04', '2025-03-04'],
    ['2025-03-04T09:15:00+08:00', '2025-03-04T09:15:00+08:00'],
    ['2025-03-04T09:15:00+0800', '2025-03-04T09:15:00+08:00'],
    ['2025-03-04T09:15:00.123Z', '2025-03-04T09:15:00Z'],
    ['2025-03-04T09:15:00+00:00', '2025-03-04T09:15:00Z'],
    ['2025-03-04 09:15', '2025-03-04T09:15:00'],
    ['Tue, 04 Mar 2025 01:15:00 GMT', '2025-03-04T01:15:00Z'],
    ['Tue, 04 Mar 2025 09:15:00 +0800', '2025-03-04T09:15:00+08:00'],
    ['Tuesday, March 4, 2025 - 9:15 AM EST', '2025-03-04T09:15:00-05:00'],
    ['Friday, 14 March 2025 - 16:20 GMT+7', '2025-03-14T16:20:00+07:00'],
    ['March 4th, 2025', '2025-03-04'],
    ['4 Mar. 2025', '2025-03-04'],
    ['Publicado em 15 de março de 2024', '2024-03-15'],
    ['20/10/2025 09:14', '2025-10-20T09:14:00'],
    ['11/19/2019', '2019-11-19'],
    ['2025/03/04', '2025-03-04'],
    ['1741050900', '2025-03-04T01:15:00Z'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it.each(['', 'yesterday', 'not a date', '2025-13-01', '1850-01-01', '99/99/2025', 'x'.repeat(500)])('rejects %j', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://a.example/2019/11/19/story-slug/', '2019-11-19'],
    ['https://a.example/news/2025-03-04-antimony', '2025-03-04'],
    ['https://a.example/story-20250304.html', '2025-03-04'],
    ['https://a.example/2025/03/story', null],
    ['https://a.example/id/12345678', null],
    ['not a url', null],
  ])('%s -> %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});
