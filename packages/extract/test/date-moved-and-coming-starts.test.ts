import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", in order. */
const dates = (text: string, published: string) =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.range ? `${f.range.min}/${f.range.max}` : f.value}`);

// Thursday 31 December 2026
const NEW_YEAR_EVE = '2026-12-31';

describe('a date a thing is moved to, in any form of the verb', () => {
  it('is the nearest such date, with the thing moved between the verb and "to"', () => {
    expect(dates('The tribunal moves its hearing to Feb. 9', NEW_YEAR_EVE)).toEqual(['Feb. 9=2027-02-09']);
    expect(dates('The ministry agreed on Tuesday to push the vote back to Feb. 3.', NEW_YEAR_EVE)).toEqual(['Tuesday=2026-12-29', 'Feb. 3=2027-02-03']);
    expect(dates('The league moved its last home fixture to March 2.', NEW_YEAR_EVE)).toEqual(['March 2=2027-03-02']);
  });

  it('leaves a date the verb does not govern to the tense', () => {
    expect(dates('The league moved its offices in March.', NEW_YEAR_EVE)).toEqual(['March=2026-03']);
  });
});

describe('the date a thing had before it was changed ("had been")', () => {
  it('is the nearest one: the pluperfect dates the old state, not the day', () => {
    expect(dates('Tenants won an extension of the filing deadline, which had been Jan. 12.', NEW_YEAR_EVE)).toEqual(['Jan. 12=2027-01-12']);
  });

  it('keeps a plain past copula in the past', () => {
    expect(dates('The filing deadline was Dec. 4.', NEW_YEAR_EVE)).toEqual(['Dec. 4=2026-12-04']);
  });
});

describe('an hour or a minute beside an amount', () => {
  it('is a rate, not a count from the date after it', () => {
    expect(dates('Parking will cost $3 an hour from March 1.', '2026-11-09')).toEqual(['March 1=2027-03-01']);
  });

  it('keeps counts of days and weeks from a date', () => {
    expect(dates('The regatta starts a week from Monday.', '2026-11-09')).toEqual(['a week from Monday=2026-11-16']);
  });
});

describe('a rate or rule set from a date, with no end written', () => {
  it('is the coming start when the past tense would put it most of a year back', () => {
    expect(dates('Voters in the county approved a levy of 2 cents a litre from Jan. 1 and rejected a new hall.', '2026-11-09')).toEqual(['Jan. 1=2027-01-01']);
    expect(dates('Duties on imported steel, set at 25% from September, were a worry, the firm said.', '2026-06-10')).toEqual(['September=2026-09']);
  });

  it('keeps a recent start, a stretch with its end and a start long enough ahead to be far off in the past', () => {
    expect(dates('The council raised parking fees from May 4.', '2026-06-10')).toEqual(['May 4=2026-05-04']);
    expect(dates('Prices rose from August to October.', '2026-06-10')).toEqual(['from August to October=2025-08/2025-10']);
    expect(dates('The council set a new levy from February.', '2026-06-10')).toEqual(['February=2026-02']);
  });
});

describe('an event something was timed for', () => {
  // Wednesday 13 May 2026
  it('is the nearest such date: the act came before it, whatever its tense', () => {
    expect(dates('Critics accused the mayor of timing the tax cut for the vote on October 17.', '2026-05-13')).toEqual(['October 17=2026-10-17']);
    expect(dates('Grocers cut prices ahead of the holiday on June 2.', '2026-05-13')).toEqual(['June 2=2026-06-02']);
  });

  it('keeps an event just gone in the past', () => {
    expect(dates('Shares rose ahead of its results on May 7.', '2026-05-13')).toEqual(['May 7=2026-05-07']);
  });
});
