import { describe, expect, it } from 'vitest';
import { paragraphAround } from '../src/repositories/review-items.repository.ts';

describe('paragraphAround', () => {
  const body = 'First paragraph here.\n\nExports fell 28.7% in September. Officials said little.\n\nLast one.';
  const start = body.indexOf('28.7%');

  it('returns the paragraph holding the span, with offsets inside it', () => {
    const p = paragraphAround(body, start, start + 5, 'Exports fell 28.7% in September.', '28.7%');
    expect(p.paragraph).toBe('Exports fell 28.7% in September. Officials said little.');
    expect(p.paragraph.slice(p.spanStart, p.spanEnd)).toBe('28.7%');
  });

  it('falls back to the sentence when the offsets do not match the stored body', () => {
    const p = paragraphAround('different body', 3, 8, 'Exports fell 28.7% in September.', '28.7%');
    expect(p).toEqual({ paragraph: 'Exports fell 28.7% in September.', spanStart: 13, spanEnd: 18 });
  });

  it('keeps a window around the span when the whole article is one line', () => {
    const long = `${'word '.repeat(2000)}420.5 tonnes ${'more '.repeat(2000)}`;
    const at = long.indexOf('420.5 tonnes');
    const p = paragraphAround(long, at, at + 12, '420.5 tonnes', '420.5 tonnes');
    expect(p.paragraph.length).toBeLessThanOrEqual(1212);
    expect(p.paragraph.slice(p.spanStart, p.spanEnd)).toBe('420.5 tonnes');
  });
});
