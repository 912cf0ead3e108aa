import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", in order. */
const dates = (text: string, published: string) =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.range ? `${f.range.min}/${f.range.max}` : f.value}`);

describe('"next <month>" and "last <month>" said in that month', () => {
  it('reads them a year on and a year back, whatever the tense of the sentence', () => {
    expect(dates('The boat show comes back next June.', '2026-06-10')).toEqual(['next June=2027-06']);
    expect(dates('Rents rose sharply last June.', '2026-06-10')).toEqual(['last June=2025-06']);
    expect(dates('The boat show comes back next March.', '2026-06-10')).toEqual(['next March=2027-03']);
    expect(dates('Rents rose sharply last March.', '2026-06-10')).toEqual(['last March=2026-03']);
  });
});

describe('a day that ends a state', () => {
  it('reads a day after "until" as the coming one when the past one would be most of a year back', () => {
    expect(dates('The teenager was held in custody until June 2.', '2026-05-20')).toEqual(['June 2=2026-06-02']);
    // the recent past stays past
    expect(dates('The road was closed until May 12.', '2026-05-20')).toEqual(['May 12=2026-05-12']);
  });
});

describe('a day that names an event', () => {
  it('is read by its own distance, not by the verb of another event ("the June 3 match sold out")', () => {
    expect(dates('Seats for the July 4 regatta sold out on Tuesday.', '2026-06-10')).toEqual(['July 4=2026-07-04', 'Tuesday=2026-06-09']);
  });
});

describe('what a body decided or promised to do', () => {
  it('starts or ends after the decision when a bound leads its date', () => {
    expect(dates('The trust voted 6-1 on Thursday to raise parking charges from August.', '2026-09-14')).toEqual([
      'Thursday=2026-09-10', 'August=2027-08',
    ]);
    expect(dates('Ministers decided in February to shut the depot by November.', '2026-09-14')).toEqual(['February=2026-02', 'November=2026-11']);
  });

  it('leaves an action on a day, an agreement to a thing and a past event alone', () => {
    // "decided to speak on Monday" may have spoken on Monday
    expect(dates('The coach decided to speak about the brawl on Monday.', '2026-09-16')).toEqual(['Monday=2026-09-14']);
    expect(dates('Pilots agreed to a new contract in August that lifts pay.', '2026-09-16')).toEqual(['August=2026-08']);
    expect(dates('The insurer promised to pay for damage that began in March.', '2026-09-16')).toEqual(['March=2026-03']);
  });
});
