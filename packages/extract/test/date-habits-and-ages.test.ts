import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", published on Friday 14 June 2024. */
const dates = (text: string) =>
  extractFacts({ text, published: '2024-06-14' }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.value}`);

describe('a decade after a possessive is an age', () => {
  it('in words or digits, with a modifier or as a pair', () => {
    expect(dates('The founder opened her first bakery in her twenties.')).toEqual([]);
    expect(dates('He learned to sail in his late thirties.')).toEqual([]);
    expect(dates('Most of the new members are in their 30s and 40s.')).toEqual([]);
  });

  it('while a decade of the calendar stays', () => {
    expect(dates('Vinyl sales collapsed in the nineties.')).toEqual(['nineties=1990/1999']);
    expect(dates('Rents last rose this fast in the 1980s.')).toEqual(['1980s=1980/1989']);
  });
});

describe('a month or weekday that recurs is not a date of the story', () => {
  it('after every, every other, or an adverb of habit in its clause', () => {
    expect(dates('The newsletter goes out every other Thursday.')).toEqual([]);
    expect(dates('The orchard is normally picked in October.')).toEqual([]);
    expect(dates('The regatta is sailed in July every year.')).toEqual([]);
    expect(dates('Ferry fares typically climb in August and fall in November.')).toEqual([]);
  });

  it('keeps a real date beside a habit in another clause', () => {
    expect(dates('Usually staged in April, the show was pushed back to May.')).toEqual(['May=2024-05']);
    expect(dates('The club announced on Wednesday that members normally vote in spring.')).toEqual(['Wednesday=2024-06-12']);
    expect(dates('Dues are normally paid each year on March 1, 2024.')).toEqual(['March 1, 2024=2024-03-01']);
  });
});

describe('a day of no named month', () => {
  it('is not a date, while a day of a named month is', () => {
    expect(dates('Tenants pay the levy on the first of the month.')).toEqual([]);
    expect(dates('The levy rose on the first of March.')).toEqual(['first of March=2024-03-01']);
  });
});
