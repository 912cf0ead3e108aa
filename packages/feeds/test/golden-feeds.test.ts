import { describe, expect, it } from 'vitest';
import { parseFeed } from '../src/index.ts';
import { fixture, goldenCases } from './fixtures.ts';

const cases = goldenCases();

describe('golden feed fixtures', () => {
  it('has a case for every supported format', () => {
    const formats = cases.map((c) => (JSON.parse(fixture(c.expectedFile)) as { result: { format: string } }).result.format);
    expect(new Set(formats)).toEqual(new Set(['rss', 'rdf', 'atom', 'json', 'sitemap', 'sitemap-index']));
  });

  it.each(cases)('$name', ({ source, expectedFile }) => {
    const expected = JSON.parse(fixture(expectedFile)) as { baseUrl: string; result: unknown };
    expect(parseFeed(fixture(source), expected.baseUrl)).toEqual(expected.result);
  });
});
