import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date values of a text (a span as "first/last"), published on Wednesday 22 October 2025 unless given. */
const dates = (text: string, published = '2025-10-22') =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => (f.range ? `${f.range.min}/${f.range.max}` : String(f.value)));

describe('weekdays pinned to a week', () => {
  it('reads "Monday next week" and "on Friday last week" as days, not as loose weeks', () => {
    expect(dates('The tribunal will sit on Monday next week.')).toEqual(['2025-10-27']);
    expect(dates('The trustees met on Friday last week.')).toEqual(['2025-10-17']);
  });

  it('places a bare opening weekday in the week named at the end of the range', () => {
    expect(dates('Interviews will run from Monday to Wednesday next week.')).toEqual(['2025-10-27/2025-10-29']);
    expect(dates('The fair ran from Monday to Friday last week.')).toEqual(['2025-10-13/2025-10-17']);
    expect(dates('The market opens Thursday to Sunday this week.')).toEqual(['2025-10-23/2025-10-26']);
  });

  it('reads "this Monday" as the one just gone when the sentence reports it, the coming one otherwise', () => {
    expect(dates('The cafe reopened this Monday.')).toEqual(['2025-10-20']);
    expect(dates('The cafe reopens this Friday.')).toEqual(['2025-10-24']);
    expect(dates('The cafe will reopen this Friday.')).toEqual(['2025-10-24']);
  });
});

describe('weekdays in reported plans', () => {
  it('counts a weekday after "would" forward from the day the words were said', () => {
    expect(dates('The council said on Tuesday that the road would reopen on Thursday.')).toEqual(['2025-10-21', '2025-10-23']);
    // said last Thursday: the Monday after it is already behind the publication day
    expect(dates('The nurses said last Thursday that the walkout would start on Monday.')).toEqual(['2025-10-16', '2025-10-20']);
  });

  it('counts it forward from the publication day when the sentence does not say when the words were said', () => {
    expect(dates('The manager said the squad would rest on Thursday before travelling on Saturday.')).toEqual(['2025-10-23', '2025-10-25']);
  });

  it('lets a modal right after a date govern it', () => {
    expect(dates('"By Friday we should know the results," the engineer said on Monday.')).toEqual(['2025-10-24', '2025-10-20']);
  });
});

describe('numbers that only look like years', () => {
  it('reads no year inside a phone number written in groups of digits', () => {
    expect(dates('Listeners can phone 0800 2021 444 with questions.')).toEqual([]);
    expect(dates('The hotline, 1800 246 2019, is free.')).toEqual([]);
  });

  it('still reads a year after a day and a month written without a comma', () => {
    expect(dates('The lease ended on March 5 2024 after a dispute.')).toEqual(['2024-03-05']);
  });
});

describe('fiscal years and trailing stretches', () => {
  it('reads "2025-26" as a fiscal year where the sentence speaks of budgets or accounts', () => {
    expect(dates('The state set aside more for roads in its 2025-26 budget.')).toEqual(['FY2025-26']);
    expect(dates('Revenue for 2023/24 beat the estimate.')).toEqual(['FY2023-24']);
  });

  it('leaves a pair of years alone elsewhere, and never reads one inside a longer code', () => {
    expect(dates('The 2024-25 season was the striker’s best.')).toEqual([]);
    expect(dates('Form 2024-25-81 must be filed with the tax office.')).toEqual([]);
  });

  it('reads a reported stretch that closes with a month as the one that has ended', () => {
    expect(dates('Turnover fell 3% in the year to March.')).toEqual(['2024-04/2025-03']);
    expect(dates('Turnover fell 3% in the 12 months to September.')).toEqual(['2024-10/2025-09']);
    expect(dates('Turnover is forecast to rise in the year to March.')).toEqual(['2025-04/2026-03']);
  });
});
