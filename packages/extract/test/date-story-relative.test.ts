import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", in order. */
const dates = (text: string, published: string) =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.range ? `${f.range.min}/${f.range.max}` : f.value}`);

describe('dates counted from a date the story gives, not from the publication day', () => {
  it('reads "the previous <month>" as the one before a date written with its year', () => {
    expect(dates('The board met on 9 March 2023. Members said prices had climbed since the previous October.', '2026-05-04')).toEqual([
      '9 March 2023=2023-03-09', 'October=2022-10',
    ]);
    expect(dates('The pier reopened in June 2021, and the following April a second ferry joined the route.', '2026-05-04')).toEqual([
      'June 2021=2021-06', 'April=2022-04',
    ]);
  });

  it('reads "the following <weekday>" from a day its sentence gives', () => {
    expect(dates('The panel wants answers by 14 October, and it will sit again the following Wednesday.', '2026-10-05')).toEqual([
      '14 October=2026-10-14', 'following Wednesday=2026-10-21',
    ]);
  });

  it('keeps "the previous <month>" with no written date before it as the recognizer reads it', () => {
    expect(dates('Rents have risen since the previous November, the agency said.', '2026-05-04')).toEqual(['November=2025-11']);
  });
});

describe('a month after "since" or "until" beside a habit', () => {
  it('is one real month, not a recurring one', () => {
    expect(dates('Queues at the clinic have grown every week since February.', '2026-05-04')).toEqual(['February=2026-02']);
    expect(dates('The choir rehearses each month until September.', '2026-05-04')).toEqual(['September=2026-09']);
    expect(dates('The choir rehearses each September.', '2026-05-04')).toEqual([]);
  });
});

describe('days put off or moved', () => {
  it('reads the day after "until" as ahead when a verb of putting off governs it across a place and a day', () => {
    expect(dates('The tribunal was adjourned in the county hall on Tuesday until 20 November.', '2026-11-05')).toEqual([
      'Tuesday=2026-11-03', '20 November=2026-11-20',
    ]);
  });

  it('reads a weekday right after "moved to" as the coming one', () => {
    expect(dates('The street fair was moved to Sunday because of the heat.', '2026-07-08')).toEqual(['Sunday=2026-07-12']);
    // a move to a place on a day reports the day gone by
    expect(dates('The bakery moved to new premises on Sunday.', '2026-07-08')).toEqual(['Sunday=2026-07-05']);
  });
});

describe('tense cues that belong to another part of the sentence', () => {
  it('lets a second predicate opened by its auxiliary keep its own tense', () => {
    expect(dates('The keeper arrived in Hobart on Saturday night and is expected to start on Wednesday.', '2026-06-15')).toEqual([
      'Saturday night=2026-06-13', 'Wednesday=2026-06-17',
    ]);
  });

  it('reads a participle with its own date after a noun as no cue for the other dates of a sentence led by a modal', () => {
    expect(dates('Under the new scheme the trust would lower its fees from the level the board agreed in October, and apply them starting in March.', '2026-01-12')).toContain('March=2026-03');
    // with no modal the participle is the sentence's own verb
    expect(dates('Output recovered in May, and prices in June.', '2026-09-10')).toEqual(['May=2026-05', 'June=2026-06']);
  });

  it('reads a deadline reported after "that" as ahead of when the words were written', () => {
    expect(dates('The inspector wrote to the school on Nov. 28 that its rating depended on new fire doors by the end of February.', '2026-12-07')).toEqual([
      'Nov. 28=2026-11-28', 'end of February=2027-02',
    ]);
    // a deadline the clause says was met lies before
    expect(dates('The inspector said on Nov. 28 that the school had fitted new doors by the end of February.', '2026-12-07')).toEqual([
      'Nov. 28=2026-11-28', 'end of February=2026-02',
    ]);
  });

  it('does not pin a weekday to "a week before" an event of its clause', () => {
    expect(dates('The draft would go to the planning panel on Wednesday, a week before the full board meets.', '2026-02-02')).toEqual(['Wednesday=2026-02-04']);
  });
});

describe('days without a year side by side', () => {
  it('puts a day a past participle reads as most of a year back beside the coming day of its sentence', () => {
    expect(dates('The coupon will be paid on 29 April to holders registered on 24 April.', '2026-04-02')).toEqual([
      '29 April=2026-04-29', '24 April=2026-04-24',
    ]);
    // a day of the recent past beside a coming one keeps its reading
    expect(dates('The notice went out on 30 March, and the coupon will be paid on 29 April.', '2026-04-02')).toEqual(['30 March=2026-03-30', '29 April=2026-04-29']);
  });
});

describe('a fiscal year written as a year before its words', () => {
  it('reads "the 2025 financial year" and "its 2024 fiscal year" as those fiscal years', () => {
    expect(dates('In the 2025 financial year the co-operative earned R90 million.', '2026-03-03')).toEqual(['2025 financial year=FY2025']);
    expect(dates('Sales fell in its 2024 fiscal year.', '2026-03-03')).toEqual(['2024 fiscal year=FY2024']);
    expect(dates('Revenue rose in the 2024-25 financial year.', '2026-03-03')).toEqual(['2024-25 financial year=FY2024-25']);
  });
});

describe('a plan reported with "would"', () => {
  it('counts its weekday from the day the words were said, not from a day of the events they report', () => {
    expect(dates('The chair said on Monday that members who walked out on Oct. 14 would return to the table on Friday.', '2026-10-26')).toEqual([
      'Monday=2026-10-26', 'Oct. 14=2026-10-14', 'Friday=2026-10-30',
    ]);
  });
});

describe('an outcome "expected" at a date', () => {
  it('looks ahead, after any attribution', () => {
    expect(dates('Members will vote on the merger on 22 May, the society said, with completion expected by 31 July.', '2026-03-09')).toEqual([
      '22 May=2026-05-22', '31 July=2026-07-31',
    ]);
    // an expectation as it stood before, or a comparison, is no cue
    expect(dates('The sale was expected in March but collapsed.', '2026-06-09')).toEqual(['March=2026-03']);
  });
});
