import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value" on a page with the given language tag. */
const dates = (text: string, published: string, locale: string | null) =>
  extractFacts({ text, published, locale }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.value}`);

describe('a financial year named by its place relative to the report', () => {
  it('counts from the April year in India and Britain', () => {
    expect(dates('The lender aims to cut bad loans by the end of the next financial year.', '2026-10-23', 'en-IN')).toEqual(['next financial year=FY2027-28']);
    expect(dates('Exports slipped in the last financial year.', '2026-02-10', 'en-IN')).toEqual(['last financial year=FY2024-25']);
    expect(dates('The council expects a small surplus in the current financial year.', '2026-05-04', 'en-GB')).toEqual(['current financial year=FY2026-27']);
  });

  it('counts from the July year in Australia and Kenya', () => {
    expect(dates('The shire lost money in the last financial year.', '2026-06-30', 'en-AU')).toEqual(['last financial year=FY2024-25']);
    expect(dates('The shire lost money in the last financial year.', '2026-07-08', 'en-AU')).toEqual(['last financial year=FY2025-26']);
    expect(dates('Tea earnings will recover in the next financial year, the board said.', '2026-06-17', 'en-KE')).toEqual(['next financial year=FY2026-27']);
  });

  it('reads "fiscal year" so only where the region writes its years across two calendar years', () => {
    expect(dates('Profit fell in the last fiscal year.', '2026-10-23', 'en-IN')).toEqual(['last fiscal year=FY2025-26']);
    expect(dates('Profit fell last fiscal year.', '2026-10-23', 'en-US')).toEqual(['last fiscal year=2025']);
  });

  it('takes the April year for a "financial year" on a page with no region', () => {
    expect(dates('Turnover rose in the last financial year.', '2026-10-23', null)).toEqual(['last financial year=FY2025-26']);
  });
});

describe('a pair of years beside council rates or a levy', () => {
  it('is the financial year they are set for', () => {
    expect(dates('The shire will lift residential rates by 4.2 per cent in 2026-27.', '2026-07-08', 'en-AU')).toEqual(['2026-27=FY2026-27']);
    expect(dates('The tourist levy raised £3m in 2025-26.', '2026-05-04', 'en-GB')).toEqual(['2025-26=FY2025-26']);
    expect(dates('The club won the title in 2024-25.', '2026-05-04', 'en-GB')).toEqual([]);
  });
});

describe('a quarter placed by its recognizer', () => {
  it('stays put unless its clause looks ahead', () => {
    expect(dates('Analysts expect fourth-quarter sales of about 9,000 units, compared with 9,800 in the same quarter of 2025.', '2026-10-20', null)).toEqual([
      'fourth-quarter=2026-Q4', 'same quarter of 2025=2025-Q4',
    ]);
  });
});

describe('a pair of years beside costs, grants or a pay bill', () => {
  it('is the financial year they are counted in', () => {
    expect(dates('The deal would cost £21m over 2026-27 and 2027-28.', '2026-01-14', 'en-GB')).toEqual(['2026-27=FY2026-27', '2027-28=FY2027-28']);
    expect(dates('The ministry cut school grants in 2025-26.', '2026-01-14', 'en-IN')).toEqual(['2025-26=FY2025-26']);
  });
});
