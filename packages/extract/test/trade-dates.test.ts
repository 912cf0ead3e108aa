import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const dates = (text: string, published: string) =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => [f.text, f.value]);

describe('dates of trade that look ahead', () => {
  it('places a month of a forward contract ahead, whatever the tense of the report', () => {
    expect(dates('Barley for October delivery slipped on the week.', '2031-07-14')).toEqual([['October', '2031-10']]);
    expect(dates('Cocoa December futures rallied.', '2031-07-14')).toEqual([['December', '2031-12']]);
  });

  it('reads a deadline participle and "due" before a date as looking ahead', () => {
    expect(dates('The mill invited offers for wheat, closing on February 3.', '2031-01-28')).toEqual([['February 3', '2031-02-03']]);
    expect(dates('Loading is due between May and July.', '2031-02-10')).toEqual([['between May and July', '2031-05/2031-07']]);
  });

  it('still reads a month of a reported figure as past', () => {
    expect(dates('Deliveries fell in October.', '2031-07-14')).toEqual([['October', '2030-10']]);
  });

  it('does not date a month or weekday that recurs', () => {
    expect(dates('The levy, reviewed each March, was raised.', '2031-07-14')).toEqual([]);
    expect(dates('The board meets every Tuesday.', '2031-07-14')).toEqual([]);
  });
});
