import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date values of a text (a span as "first/last"), published on Wednesday 22 October 2025 unless given. */
const dates = (text: string, published = '2025-10-22') =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => (f.range ? `${f.range.min}/${f.range.max}` : String(f.value)));

describe('a closing attribution and the tense of the clause before it', () => {
  it('reads a date in a forward-looking clause as coming, though the attribution is past', () => {
    expect(dates('The library will shut unless councillors back the grant at the November 12 meeting, officials said.')).toEqual(['2025-11-12']);
    expect(dates('The depot will close unless the union accepts the offer in the December 4 ballot, managers told reporters.')).toEqual(['2025-12-04']);
  });

  it('keeps a reported clause in the past', () => {
    expect(dates('Ticket sales slumped in September, the theatre said.')).toEqual(['2025-09']);
    expect(dates('The ferry was cancelled on November 3, the operator said.')).toEqual(['2024-11-03']);
  });
});

describe('plans, aims and forecasts look ahead', () => {
  it('reads a planned event and an aim as coming', () => {
    expect(dates('The parish council plans a public meeting on the bypass at 6 p.m. Monday at the village hall.')).toEqual(['2025-10-27']);
    expect(dates('Tenants are aiming to agree a rent deal by the end of January.')).toEqual(['2026-01']);
    expect(dates('The two sides are hoping to finish talks in February.')).toEqual(['2026-02']);
  });

  it('leaves a past event in the past', () => {
    expect(dates('The parish council held a public meeting at 6 p.m. Monday at the village hall.')).toEqual(['2025-10-20']);
    expect(dates('The plans a developer filed in February were rejected.')).toEqual(['2025-02']);
  });

  it('reads a forecast for a quarter as the coming one, a reported quarter as the one gone', () => {
    expect(dates('The toolmaker forecast sales for the first quarter of about $2 billion.')).toEqual(['2026-Q1']);
    expect(dates('The toolmaker reported sales for the first quarter of about $2 billion.')).toEqual(['2025-Q1']);
  });

  it('keeps a quarter followed by an amount, but not a quarter of a game', () => {
    expect(dates('The chain booked revenue in the third quarter of between $40 million and $45 million.')).toEqual(['2025-Q3']);
    expect(dates('The Rovers trailed in the second quarter of the game.')).toEqual([]);
  });
});

describe('a comparison baseline year does not carry the story into it', () => {
  it('places a later month in the most recent year, not the baseline year', () => {
    expect(dates('Enrolment rose to 40 percent this year from 33 percent in 2023, after the state widened the scheme in March.', '2025-06-10')).toEqual(['2023', '2025-03']);
  });

  it('still carries the year a story moves into', () => {
    expect(dates('The mill closed in 2019, and in March the last workers left.', '2025-06-10')).toEqual(['2019', '2019-03']);
  });
});

describe('spans of years and seasons', () => {
  it('reads "the N years through YEAR" as the span ending in that year', () => {
    expect(dates('The water company will invest $3 billion over the four years through 2029.')).toEqual(['2026/2029']);
    expect(dates('Exports grew in each of the three years to 2024.')).toEqual(['2022/2024']);
  });

  it('leaves a count of years without "the" alone', () => {
    expect(dates('Exports grew for three years to 2024.')).toEqual(['2024']);
  });

  it('reads a cycle of seasons as one span from the first start to the last end', () => {
    expect(dates('The federation sold its television rights for the four seasons from 2026-27 to 2029-30 for $800 million.')).toEqual(['2026/2030']);
  });

  it('does not read a season as a fiscal year, but keeps a budget year', () => {
    expect(dates('Accounts for the 2023-24 season show the club lost £20 million.')).not.toContain('FY2023-24');
    expect(dates('Tax receipts rose 4% in 2023-24, the treasury said.')).toEqual(['FY2023-24']);
  });
});

describe('a clock time before a weekday', () => {
  it('keeps "p.m. Thursday" in one sentence', () => {
    expect(dates('The hearing will resume at 10 a.m. Thursday in Room 4.')).toEqual(['2025-10-23']);
  });
});

describe('shifts against a plan and weekly slots', () => {
  it('does not count "N years earlier than planned" back as a second date', () => {
    expect(dates('The council will shut the landfill in 2029, three years earlier than planned.')).toEqual(['2029']);
    expect(dates('Imports fell to 800 t in 2024 from 1,900 t three years earlier.')).toEqual(['2024', '2021']);
  });

  it('reads a weekday naming a slot of the weekly timetable as no date', () => {
    expect(dates('The channel lost its share of Sunday afternoon viewing to streaming.')).toEqual([]);
    expect(dates('Viewing peaked on Sunday afternoon, the channel said.')).toEqual(['2025-10-19']);
  });
});
