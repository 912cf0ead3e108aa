import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import { weekdayYearShift } from '../src/dates/weekday-year.ts';

/** Date facts of a text as "surface=value", published on Friday 14 June 2024. */
const dates = (text: string) =>
  extractFacts({ text, published: '2024-06-14' }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.value}`);

describe('a day written with its weekday but no year', () => {
  it('takes the year in which the day falls on that weekday, whatever the tense', () => {
    // 12 December fell on a Tuesday in 2023 and falls on a Thursday in 2024
    expect(dates('The port reopened on Thursday, Dec. 12, officials said.')).toEqual(['Thursday, Dec. 12=2024-12-12']);
    expect(dates('The port reopened on Tuesday, Dec. 12, officials said.')).toEqual(['Tuesday, Dec. 12=2023-12-12']);
  });

  it('leaves the year to the sentence when no year or several fit', () => {
    expect(weekdayYearShift('2024-12-12', 'Monday, Dec. 12')).toBeNull();
    expect(weekdayYearShift('2024-12-12', 'Dec. 12')).toBeNull();
    expect(weekdayYearShift('2024-12-12', 'Thursdays, Dec. 12')).toBeNull();
    expect(weekdayYearShift('2024-12-12', 'Thu., Dec. 12')).toBe(0);
  });
});
