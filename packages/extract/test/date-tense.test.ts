import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", in order; published on Wednesday 13 November 2024 unless given. */
const dates = (text: string, published = '2024-11-13') =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.value}`);

describe('weekdays and months without a year, placed by the tense of their clause', () => {
  it('reads a weekday after a timetable verb in the present as the coming one', () => {
    expect(dates('The retailer posts a loss. Its rival reports results Friday.')).toEqual(['Friday=2024-11-15']);
    expect(dates('The regional council convenes Monday to vote on the budget.')).toEqual(['Monday=2024-11-18']);
  });

  it('reads a weekday after "should" or "might" as the coming one, and one after "should have" as past', () => {
    expect(dates('Road crews say the snow should clear by Saturday afternoon.')).toEqual(['Saturday afternoon=2024-11-16']);
    expect(dates('The ferry might return to service on Sunday.')).toEqual(['Sunday=2024-11-17']);
    expect(dates('The parcel should have arrived on Monday.')).toEqual(['Monday=2024-11-11']);
  });

  it('keeps a reported weekday in the past even with a modal later in the sentence', () => {
    expect(dates('The mayor spoke out on Monday, saying the builder should pay for the repairs.')).toEqual(['Monday=2024-11-11']);
  });

  it('reads "reports" as a timetable only for results, and a participle after an -ly adverb as no past cue', () => {
    expect(dates('The survey reports strong demand in October.')).toEqual(['October=2024-10']);
    expect(dates('Meet the widely admired riding coach, Dec. 6-8, at the stables.')).toEqual(['Dec. 6-8=2024-12-06/2024-12-08']);
  });

  it('does not take a noun for a timetable verb', () => {
    expect(dates("Reporters asked about the minister's visit to the plant on Saturday.")).toEqual(['Saturday=2024-11-09']);
  });

  it('reads a month after "starts", "will" or "not yet" as the coming one', () => {
    expect(dates('The lawmakers met ahead of a session that starts in late January.')).toEqual(['late January=2025-01']);
    expect(dates('Two bands have not yet qualified for the February final.')).toEqual(['February=2025-02']);
  });

  it('reads a month inside a clause set off by dashes by that clause, not by the rest of the sentence', () => {
    expect(dates('The festival - which will return in March - drew record crowds.')).toEqual(['March=2025-03']);
    expect(dates('The festival drew record crowds in March.')).toEqual(['March=2024-03']);
  });

  it('reads a month inside a relative clause between commas by that clause', () => {
    expect(dates('The permit, which is now set to lapse in February, was renewed twice.')).toEqual(['February=2025-02']);
    expect(dates('The mayor, who took office in March, will step down.')).toEqual(['March=2024-03']);
  });

  it('reads "as of" a day as a status already reported', () => {
    expect(dates('The fund owned 12% of the shares as of June 30.')).toEqual(['June 30=2024-06-30']);
  });

  it('places a range of days with no year nearest the publication day when the sentence has no tense', () => {
    expect(dates('Harvest fair, Nov. 15-17, at the county grounds.')).toEqual(['Nov. 15-17=2024-11-15/2024-11-17']);
    expect(dates('Winter market: Dec. 6-8, in the old hall.')).toEqual(['Dec. 6-8=2024-12-06/2024-12-08']);
  });

  it('places a range of days in the past when the sentence reports it', () => {
    expect(dates('The club held its trials Dec. 6-8, officials said.')).toEqual(['Dec. 6-8=2023-12-06/2023-12-08']);
  });
});

describe('dates counted from the story', () => {
  it('keeps a yearless month in the year the story has just reached', () => {
    expect(dates('She first felt ill in October 2019. Her doctor sent her home. By December, the pain had worsened.'))
      .toEqual(['October 2019=2019-10', 'December=2019-12']);
  });

  it('does not anchor a month that comes before the anchor, or one in a forward-looking sentence', () => {
    expect(dates('She first felt ill in October 2019. In March, the clinic said it would open a new wing.'))
      .toEqual(['October 2019=2019-10', 'March=2024-03']);
    expect(dates('The plant opened in May 2019. It will close in August.')).toEqual(['May 2019=2019-05', 'August=2025-08']);
  });

  it('lets a date read from the publication day bring the story back to the present', () => {
    expect(dates('Sales peaked in May 2019, the trade group said on Monday. In October, they slipped.'))
      .toEqual(['May 2019=2019-05', 'Monday=2024-11-11', 'October=2024-10']);
  });

  it('gives a yearless day the year written in its own sentence', () => {
    expect(dates('During the 2012 race, she collapsed at a July 4 parade.')).toEqual(['2012=2012', 'July 4=2012-07-04']);
  });

  it('counts "the following year" and "the previous year" from the year just written', () => {
    expect(dates('The league folded in 2009. The following year, a new one began.')).toEqual(['2009=2009', 'following year=2010']);
    expect(dates('The bridge reopened in 2011. The previous year, it had been shut.')).toEqual(['2011=2011', 'previous year=2010']);
  });
});

describe('years that modify a noun', () => {
  it('reads a year before a common noun or an event name as a date', () => {
    expect(dates('He was picked first in the 2014 draft.')).toEqual(['2014=2014']);
    expect(dates('The band is planning a 2026 European tour.')).toEqual(['2026=2026']);
    expect(dates('Critics blamed the result on ignoring 2018 elections.')).toEqual(['2018=2018']);
    expect(dates('She performed at the 2021 Harbor Jazz Festival.')).toEqual(['2021=2021']);
    expect(dates('The 2028 U.S. presidential election looms.')).toEqual(['2028=2028']);
  });

  it('leaves out counts, model years, clock times and street numbers', () => {
    expect(dates('The 2000 people who signed were thanked.')).toEqual([]);
    expect(dates('Some 1800 troops and 2019 workers were moved.')).toEqual([]);
    expect(dates('The 2025 Corolla gets a new grille.')).toEqual([]);
    expect(dates('The convoy left at 2130 hours.')).toEqual([]);
    expect(dates('The shop at 2050 Maple Grove Avenue closed.')).toEqual([]);
  });
});

describe('spans, parts and stretches', () => {
  it('reads two whole dates joined by a bar as one span', () => {
    expect(dates('Lantern Walk\n2 December 2024 | 12 January 2025')).toEqual(['2 December 2024 | 12 January 2025=2024-12-02/2025-01-12']);
  });

  it('reads six or three months at the edge of a year as its half or quarter', () => {
    expect(dates('Sales doubled in the first 6 months of 2022.')).toEqual(['first 6 months of 2022=2022-H1']);
    expect(dates('Output slipped in the last three months of 2021.')).toEqual(['last three months of 2021=2021-Q4']);
  });

  it('leaves out stretches that are no dates', () => {
    expect(dates('The chief executive is retiring after 15 years.')).toEqual([]);
    expect(dates('A ruling may come in the coming days.')).toEqual([]);
    expect(dates('The index is up 8% year to date.')).toEqual([]);
    expect(dates('The plague returned in the 1600s.')).toEqual([]);
  });

  it('ends no range at a count written after a dash', () => {
    expect(dates('The pair were flown home on November 2 - eight days before the inquiry opened.')).toEqual(['November 2=2024-11-02']);
  });

  it('leaves out the page stamp a cleaner kept and the years of cited works', () => {
    expect(dates('Filed: [ 2024-11-12 09:41 ]\n\nThe harbour reopened in 2023.')).toEqual(['2023=2023']);
    expect(dates('Okafor et al. Sleep in Orbit, Journal of Flight Medicine (2017). DOI: 10.1000/xyz')).toEqual([]);
  });

  it('leaves out a weekday that names a kind of thing, and keeps one that dates an event', () => {
    expect(dates('The group will stop its Sunday editions.')).toEqual([]);
    expect(dates('On Saturday delivery resumed across the city.')).toEqual(['Saturday=2024-11-09']);
  });

  it('leaves out the quarters of a game told over two sentences', () => {
    expect(dates('The guard was fouled hard under the basket. He left the court in the third quarter.')).toEqual([]);
  });
});

describe('ranges that end today or on an ordinal day after a dash', () => {
  it('keeps a span that runs to today, and a day range written with ordinals', () => {
    expect(dates('Prices have climbed from 2024-jun-03 to today.')).toEqual(['from 2024-jun-03 to today=2024-06-03/2024-11-13']);
    expect(dates('The fair ran March fourth - sixth, 2021, in Lyon.')).toEqual(['March fourth - sixth, 2021=2021-03-04/2021-03-06']);
  });
});
