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

describe('"the same period of" a year', () => {
  it('is the period the sentence stated, in the year compared', () => {
    expect(dates('Pulp sales in the first nine months of the year were 2% above the same period of 2029.', '2031-11-20')).toEqual([
      ['first nine months of the year', '2031-01/2031-09'], ['same period of 2029', '2029-01/2029-09'],
    ]);
    expect(dates('Third-quarter tin output beat the same quarter of 2030.', '2031-11-20')).toEqual([
      ['Third-quarter', '2031-Q3'], ['same quarter of 2030', '2030-Q3'],
    ]);
  });

  it('stays the year when no period was stated', () => {
    expect(dates('Pulp sales were 2% above the same period of 2029.', '2031-11-20')).toEqual([['2029', '2029']]);
  });
});

describe('periods of commodity trade', () => {
  it('reads a half of a month as its first fifteen days or the rest', () => {
    expect(dates('Cargoes loaded in the first half of March were priced lower.', '2031-03-20')).toEqual([['first half of March', '2031-03-01/2031-03-15']]);
    expect(dates('Output fell in the second half of February 2030.', '2031-03-20')).toEqual([['second half of February 2030', '2030-02-16/2030-02-28']]);
    expect(dates('Output fell in the second half of 2030.', '2031-03-20')).toEqual([['second half of 2030', '2030-H2']]);
  });

  it('reads a season whose months are written as the span of those months', () => {
    expect(dates('Sorghum exports in the 2030/31 October-September season may reach 3 million tonnes.', '2031-03-20')).toEqual([
      ['2030/31 October-September season', '2030-10/2031-09'],
    ]);
  });
});

describe('two months in a row', () => {
  it('are one span after a preposition of time', () => {
    expect(dates('Smelters idled lines in August and September, traders said.', '2031-11-20')).toEqual([['August and September', '2031-08/2031-09']]);
  });

  it('stay two dates when months lie between them', () => {
    expect(dates('Smelters idled lines in August and October, traders said.', '2031-11-20')).toEqual([['August', '2031-08'], ['October', '2031-10']]);
  });
});

describe('years counted back in the sentence', () => {
  it('are the year the sentence wrote less the count', () => {
    expect(dates('Cobalt imports reached 9,100 t in 2029 against 6,000 t three years earlier.', '2031-02-10')).toEqual([
      ['2029', '2029'], ['three years earlier', '2026'],
    ]);
  });

  it('are no date without a year written before them in the sentence', () => {
    expect(dates('Cobalt imports were lower three years earlier.', '2031-02-10')).toEqual([]);
  });
});

describe('"due" governs only its own date', () => {
  it('leaves a period before it in the sentence to the report', () => {
    expect(dates('Second-quarter steel output, due on Friday, is the next test for mills.', '2031-08-06')).toEqual([
      ['Second-quarter', '2031-Q2'], ['Friday', '2031-08-08'],
    ]);
  });

  it('is no cue as "due in part to"', () => {
    expect(dates('Loadings fell in March, due in part to strikes.', '2031-08-06')).toEqual([['March', '2031-03']]);
  });

  it('says nothing of a stretch of time to come', () => {
    expect(dates('Traders expect zinc to stay firm over the coming fortnight.', '2031-08-06')).toEqual([]);
  });
});

describe('quarters named by the month that ends them', () => {
  it('reads "the June quarter" as the second quarter', () => {
    expect(dates('Bauxite shipments rose in the June quarter.', '2031-08-06')).toEqual([['June quarter', '2031-Q2']]);
    expect(dates('Ore sales fell in the December quarter of 2029.', '2031-08-06')).toEqual([['December quarter of 2029', '2029-Q4']]);
  });

  it('leaves a month that ends no quarter alone', () => {
    expect(dates('Ore sales fell in May.', '2031-08-06')).toEqual([['May', '2031-05']]);
  });
});

describe('the first months of the year with their figures after them', () => {
  it('are a date when a verb of the report follows', () => {
    expect(dates('Soybean imports in the first seven months rose 5%.', '2031-09-15')).toEqual([['first seven months', '2031-01/2031-07']]);
  });

  it('are no date for a term of office', () => {
    expect(dates('The minister, in the first six months in office, met buyers.', '2031-09-15')).toEqual([]);
  });
});

describe('spans of months of a forward contract', () => {
  it('look ahead like a single contract month', () => {
    expect(dates('Maize for January-February shipment was offered lower.', '2031-11-20')).toEqual([['January-February', '2032-01/2032-02']]);
  });

  it('leave a month of past loadings in the past', () => {
    expect(dates('Iron ore loadings in August fell, and August loadings were the lowest this year.', '2031-11-20').slice(0, 2)).toEqual([
      ['August', '2031-08'], ['August', '2031-08'],
    ]);
  });
});
