import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", in order. */
const dates = (text: string, published: string) =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.range ? `${f.range.min}/${f.range.max}` : f.value}`);

describe('a date governed by the verb before it, with more said after a comma', () => {
  // Wednesday 10 June 2026
  it('keeps the past of its own verb when an apposition after the comma looks ahead', () => {
    expect(dates('The brewery opened its new bottling hall on Monday, a move that will add 40 jobs.', '2026-06-10')).toEqual(['Monday=2026-06-08']);
  });

  it('keeps the future of its own verb when a participle after the comma describes a noun', () => {
    expect(dates('The last 300 tickets will go on sale by September, priced from $40.', '2026-06-10')).toEqual(['September=2026-09']);
  });

  it('still reads a date with no verb before it by the verb after the comma', () => {
    expect(dates('On Monday, the brewery opened its new bottling hall.', '2026-06-10')).toEqual(['Monday=2026-06-08']);
    expect(dates('By September, the hall will bottle 2 million cans a month.', '2026-06-10')).toEqual(['September=2026-09']);
  });
});
