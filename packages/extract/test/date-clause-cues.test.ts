import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", in order; published on Thursday 22 October 2026 unless given. */
const dates = (text: string, published = '2026-10-22') =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.range ? `${f.range.min}/${f.range.max}` : f.value}`);

describe('tense cues that belong to another date or another clause', () => {
  it('reads "since" as a past cue only for the date it leads', () => {
    expect(dates('The bank will pay a dividend in December, its first since 2019.')).toEqual(['December=2026-12', '2019=2019']);
    expect(dates('The ferry will return in March, its first run since 2021.')).toEqual(['March=2027-03', '2021=2021']);
    expect(dates('Prices have fallen since March.')).toEqual(['March=2026-03']);
  });

  it('takes no tense from a comparison of dates ("earlier than planned")', () => {
    expect(dates('The smelter will close at the end of November, two years earlier than planned.')).toEqual(['end of November=2026-11']);
    expect(dates('The stadium will open in January, a month later than expected.')).toEqual(['January=2027-01']);
  });

  it('leaves the verbs of a clause opened by "after" or "because" to that clause', () => {
    expect(dates('Bills will rise 3% from January 1 after the regulator approved the request.', '2026-11-05')).toEqual(['January 1=2027-01-01']);
    expect(dates('Buses will stop running in December because the council cut the grant.', '2026-11-05')).toEqual(['December=2026-12']);
    expect(dates('Sales fell in March after the chain closed stores.', '2026-11-05')).toEqual(['March=2026-03']);
  });

  it('reads a date before a closing attribution set off by commas by its own clause', () => {
    expect(dates('The subsidy will run until the end of January, the ministry said on Monday, at a cost of $2 million.')).toEqual([
      'end of January=2027-01', 'Monday=2026-10-19',
    ]);
    expect(dates("Output will resume by the first quarter, Peru's energy minister said on Tuesday.")).toEqual(['first quarter=2027-Q1', 'Tuesday=2026-10-20']);
  });

  it('reads a plan reported with "would" as still to come', () => {
    expect(dates('The board said the new duty would lift prices from the December quarter.')).toEqual(['December quarter=2026-Q4']);
    expect(dates('The minister told parliament the line would open in February.')).toEqual(['February=2027-02']);
    expect(dates('The minister said the line would have opened in February.')).toEqual(['February=2026-02']);
  });

  it('keeps a quarter reported in the past one that has closed', () => {
    expect(dates('Profit rose in the December quarter.')).toEqual(['December quarter=2025-Q4']);
    expect(dates('Sales slipped in the September quarter, the company said.')).toEqual(['September quarter=2026-Q3']);
  });
});

describe('days set for something, and days a few weeks ahead', () => {
  it('reads a day after "set", "scheduled" or "fixed" and their object as the nearest one', () => {
    expect(dates('The judge set sentencing for Aug. 19 and let him go home.', '2013-05-09')).toEqual(['Aug. 19=2013-08-19']);
    expect(dates('The court scheduled a hearing for July 2 and refused bail.', '2013-05-09')).toEqual(['July 2=2013-07-02']);
    expect(dates('The registrar fixed the record date for June 12, the company said.', '2013-05-09')).toEqual(['June 12=2013-06-12']);
  });

  it('reads a day weeks ahead as coming when the only past verb is far from it', () => {
    expect(dates('The board approved a final dividend of 40 cents, with November 6 as the payment date.')).toEqual(['November 6=2026-11-06']);
    expect(dates('Shareholders backed the merger, leaving November 12 as the last day of trading in the stock.')).toEqual(['November 12=2026-11-12']);
  });

  it('keeps a day in the past when a past verb governs it, however far back', () => {
    expect(dates('The ferry was cancelled on November 3, the operator said.')).toEqual(['November 3=2025-11-03']);
    expect(dates('A fire on November 9 destroyed the warehouse.')).toEqual(['November 9=2025-11-09']);
    expect(dates('The company said on December 15 it had sold the plant.', '2027-01-10')).toEqual(['December 15=2026-12-15']);
  });
});

describe('"the last day of" something', () => {
  it('is a place in that thing, not yesterday', () => {
    expect(dates('Friday will be the last day of trading in the shares.')).toEqual(['Friday=2026-10-23']);
    expect(dates('Holders must accept the offer before the last day of the offer period.')).toEqual([]);
    expect(dates('Prices fell on the last day, traders said.')).toEqual(['last day=2026-10-21']);
  });
});

describe('a stretch that starts on a date', () => {
  it('reads "for 48 hours from 3 February" as the date it starts on, not a day counted from it', () => {
    expect(dates('Guards will walk out for 48 hours from 3 November after talks collapsed.')).toEqual(['3 November=2026-11-03']);
    expect(dates('Crews will close the bridge for 12 hours from Saturday night.')).toEqual(['Saturday night=2026-10-24']);
    expect(dates('The deadline is three days from November 12.')).toEqual(['three days from November 12=2026-11-15']);
  });

  it('keeps the verbs after "after" out of a date whose clause already has a cue', () => {
    expect(dates('Drivers will stop work from 9 November after pay talks failed.')).toEqual(['9 November=2026-11-09']);
    expect(dates('In March, after weeks of talks, the union agreed a deal.')).toEqual(['March=2026-03']);
  });
});

describe('a span whose ends are a quarter and a day', () => {
  it('is placed as a whole without failing', () => {
    expect(dates('Output rose from the third quarter to Oct. 9.', '2025-10-21')).toEqual(['from the third quarter to Oct. 9=2025-Q3/2025-10-09']);
    expect(() => dates('third quarter-Oct. 9 -3 ', '2025-10-21')).not.toThrow();
  });
});

describe('a second predicate joined after the date', () => {
  it('leaves the date with the verb it belongs to', () => {
    expect(dates('The parent reported sales of €2bn on 19 November and expects a margin of 5%.', '2026-01-14')).toEqual(['19 November=2025-11-19']);
    expect(dates('The firm sold the unit in March and will buy another in June.', '2026-01-14')).toEqual(['March=2025-03', 'June=2026-06']);
    expect(dates('The mill will close in March and was sold last year.', '2026-01-14')).toEqual(['March=2026-03', 'last year=2025']);
  });
});
