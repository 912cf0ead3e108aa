import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", in order. */
const dates = (text: string, published: string) =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.range ? `${f.range.min}/${f.range.max}` : f.value}`);

describe('a weekday written beside its date', () => {
  // Monday 9 November 2026
  it('is one fact, the written date, whatever word points the weekday', () => {
    expect(dates('The depot will stay shut until the following Monday, Nov. 23.', '2026-11-09')).toEqual(['Monday, Nov. 23=2026-11-23']);
    expect(dates('The trustees met last Friday, Nov. 6, to sign the lease.', '2026-11-09')).toEqual(['Friday, Nov. 6=2026-11-06']);
    expect(dates('Bids close the coming Friday (Nov. 13) at noon.', '2026-11-09')).toEqual(['Friday (Nov. 13)=2026-11-13']);
    expect(dates('The ferry sailed again this past Monday (Nov. 2).', '2026-11-09')).toEqual(['Monday (Nov. 2)=2026-11-02']);
  });

  it('keeps the forms that already read as one date', () => {
    expect(dates('The inquiry sits on Tuesday, March 3.', '2026-02-20')).toEqual(['Tuesday, March 3=2026-03-03']);
    expect(dates('The mill reopened on Monday (Sept 14) after the strike.', '2026-09-20')).toEqual(['Monday (Sept 14)=2026-09-14']);
  });

  it('leaves a weekday followed by other figures alone', () => {
    expect(dates('The trustees met last Friday, 20 staff said.', '2026-11-09')).toEqual(['last Friday=2026-11-06']);
  });
});

describe('"last <weekday>"', () => {
  it('is the most recent such day before the day of writing', () => {
    // Thursday 31 December 2026: "last Tuesday" is two days back, not nine
    expect(dates('Last Tuesday the insurer told us to wait.', '2026-12-31')).toEqual(['Last Tuesday=2026-12-29']);
    // said on the weekday it names, it is the week-old one
    expect(dates('The quarry closed last Thursday.', '2026-12-31')).toEqual(['last Thursday=2026-12-24']);
    expect(dates('The quarry closed last Friday.', '2026-12-31')).toEqual(['last Friday=2026-12-25']);
  });
});
