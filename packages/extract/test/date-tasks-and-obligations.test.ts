import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", in order. */
const dates = (text: string, published: string) =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.range ? `${f.range.min}/${f.range.max}` : f.value}`);

describe('what must be done by a date', () => {
  // Wednesday 27 May 2026
  it('is still to do, though the sentence reports it', () => {
    expect(dates('The regulator said lenders must refund customers by Aug. 31.', '2026-05-27')).toEqual(['Aug. 31=2026-08-31']);
  });

  it('looks back with "must have"', () => {
    expect(dates('Inspectors said the valve must have failed in April.', '2026-05-27')).toEqual(['April=2026-04']);
  });
});

describe('a task someone was set, with a bound on its date', () => {
  // Wednesday 26 November 2025
  it('lies ahead of the verb that set it', () => {
    expect(dates('The trust said it had hired a surveyor to inspect every bridge by June.', '2025-11-26')).toEqual(['June=2026-06']);
    expect(dates('The judge ordered the landlord to repair the roof by Friday.', '2025-11-26')).toEqual(['Friday=2025-11-28']);
  });

  it('leaves a date that is not a bound of the task to the tense', () => {
    expect(dates('The trust hired a surveyor in June to inspect every bridge.', '2025-11-26')).toEqual(['June=2025-06']);
  });
});

describe('"next <month>" said in the month before it', () => {
  it('is that month a year on, since the month right after is "next month"', () => {
    expect(dates('The club has until next April to settle the debt.', '2026-03-24')).toEqual(['next April=2027-04']);
  });

  it('keeps the coming one across the turn of the year and further off', () => {
    expect(dates('The club has until next January to settle the debt.', '2026-12-20')).toEqual(['next January=2027-01']);
    expect(dates('The club has until next June to settle the debt.', '2026-03-24')).toEqual(['next June=2026-06']);
  });
});

describe('what is booked ahead', () => {
  // Thursday 26 February 2026
  it('is for a period still to come, whatever the tense of the report on the bookings', () => {
    expect(dates('The ferry line said bookings for the Easter holidays were 6 per cent up.', '2026-02-26')).toEqual(['Easter=2026-04-05']);
    expect(dates('The chain said reservations into the September quarter looked firm.', '2026-02-26')).toEqual(['September quarter=2026-Q3']);
  });

  it('leaves figures for a period already reported in the past', () => {
    expect(dates('Sales for July rose 5%.', '2026-02-26')).toEqual(['July=2025-07']);
  });
});

describe('a day a thing will start on, said after that day has passed this year', () => {
  it('is the coming one', () => {
    expect(dates('A new bus operator will take over the routes on July 1.', '2026-07-15')).toEqual(['July 1=2027-07-01']);
  });
});
