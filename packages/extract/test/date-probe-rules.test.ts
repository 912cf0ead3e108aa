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

describe('which way a sentence looks', () => {
  it('reads a participle after "be" as a passive, not as past tense', () => {
    expect(dates('The parade will be held on Christmas Eve.', '2025-11-30')).toEqual(['2025-12-24']);
    expect(dates('The auction will be held in March.', '2025-11-30')).toEqual(['2026-03']);
    expect(dates('The auction was held in March.', '2025-11-30')).toEqual(['2025-03']);
  });

  it('reads a weekday after a present verb of a timetable as the coming one', () => {
    expect(dates('Negotiations resume on Wednesday.', '2026-03-02')).toEqual(['2026-03-04']);
    expect(dates('The library reopens on Thursday.', '2026-03-02')).toEqual(['2026-03-05']);
    expect(dates('Polling stations close on Friday.', '2026-03-02')).toEqual(['2026-03-06']);
  });

  it('places the date a postponement or an extension moves to nearest the report, whatever its tense', () => {
    expect(dates('The inquest was postponed until August.', '2025-06-14')).toEqual(['2025-08']);
    expect(dates('The deadline for comments was extended to 30 June.', '2025-06-14')).toEqual(['2025-06-30']);
    expect(dates('The deadline for comments was extended to 30 April.', '2025-06-14')).toEqual(['2025-04-30']);
  });
});

describe('dates in digits', () => {
  it('reads a day and month in digits after a preposition of days, not a fraction', () => {
    expect(dates('The tallies came out on 2/20.', '2026-03-02')).toEqual(['2026-02-20']);
    expect(dates('The sale is on 3/14 at noon.', '2026-03-02')).toEqual(['2026-03-14']);
    expect(dates('The vote is scheduled for 3/14.', '2026-03-02')).toEqual(['2026-03-14']);
    expect(dates('Discounts apply on 3/4 of the stock.', '2026-03-02')).toEqual([]);
  });

  it('reads every slashed date of a text day first once one of them can only be read that way', () => {
    expect(dates('The lease ran from 15/01/2024 to 03/02/2024.')).toEqual(['2024-01-15/2024-02-03']);
    expect(dates('The claim was filed on 04/03/2025 and settled on 25/03/2025.')).toEqual(['2025-03-04', '2025-03-25']);
  });

  it('keeps month first when a text also writes a date that only fits month first, or has only "24/7"', () => {
    expect(dates('Claims dated 04/03/2025 and 04/23/2025 were void.')).toEqual(['2025-04-03', '2025-04-23']);
    expect(dates('The depot runs 24/7 and reopened on 03/02/2025.')).toEqual(['2025-03-02']);
  });
});

describe('holidays and named periods', () => {
  it('reads national holidays of Commonwealth and American calendars', () => {
    expect(dates('Shops were shut on Boxing Day.', '2026-01-09')).toEqual(['2025-12-26']);
    expect(dates('Veterans marched on Anzac Day.', '2025-06-14')).toEqual(['2025-04-25']);
    expect(dates('Banks close on Juneteenth.', '2025-06-14')).toEqual(['2025-06-19']);
  });

  it('reads no holiday in "the new year" or a holiday used as a modifier, and no day in "a Monday"', () => {
    expect(dates('Investors greeted the new year with caution.', '2026-01-09')).toEqual([]);
    expect(dates('The grocer’s Christmas trading update beat forecasts.', '2026-01-09')).toEqual([]);
    expect(dates('The final fell on a Sunday.', '2026-01-09')).toEqual([]);
  });

  it('reads a quarter named by its first and last months as that quarter', () => {
    expect(dates('Factory output grew in the January-March quarter.', '2025-06-14')).toEqual(['2025-Q1']);
    expect(dates('Factory output grew in the October-December 2024 quarter.', '2025-06-14')).toEqual(['2024-Q4']);
    expect(dates('Factory output grew from October to December 2024.', '2025-06-14')).toEqual(['2024-10/2024-12']);
  });
});

describe('second probe batch', () => {
  it('reads a past form spelled like the bare verb after a modal as no past ("will shut")', () => {
    expect(dates('Banks will shut on Good Friday.', '2025-04-07')).toEqual(['2025-04-18']);
    expect(dates('Banks were shut on Good Friday.', '2025-04-07')).toEqual(['2024-03-29']);
  });

  it('finds a movable feast again in the year its sentence points to, rather than moving its day by a year', () => {
    expect(dates('Easter is on April 20 this year.', '2025-04-07')).toEqual(['2025-04-20', '2025-04-20']);
  });

  it('keeps a weekday after a clock time in a sentence; a line of clock and date alone is the page stamp', () => {
    expect(dates('The derby kicks off at 7.45pm on Friday.')).toEqual(['2025-10-24']);
    expect(dates('Crowds gathered at 10:30 on Tuesday.')).toEqual(['2025-10-21']);
    expect(dates('10:30 AM EDT, Tue October 21, 2025')).toEqual([]);
  });

  it('writes a stretch counted from a year or a month at that resolution', () => {
    expect(dates('The subsidy will run for five years from 2026.')).toEqual(['2026/2030']);
    expect(dates('The lease runs for two years from March 2026.')).toEqual(['2026-03/2028-02']);
  });

  it('reads "2024-25" as a fiscal year beside official statistics', () => {
    expect(dates('Steel output rose 6 per cent in 2024-25, the ministry said.')).toEqual(['FY2024-25']);
  });
});

describe('third probe batch', () => {
  it('reads quarters and halves of a fiscal year however they are glued or worded', () => {
    expect(dates('Net interest income rose in Q2FY26.', '2025-11-12')).toEqual(['FY2026-Q2']);
    expect(dates('Margins narrowed in the second quarter of FY26.', '2025-11-12')).toEqual(['FY2026-Q2']);
    expect(dates('Margins narrowed in the first half of fiscal 2025.', '2025-11-12')).toEqual(['FY2025-H1']);
  });

  it('reads "the December half" as the half-year it closes, and a closed one when reported', () => {
    expect(dates('Earnings fell in the December half.', '2025-11-12')).toEqual(['2024-H2']);
    expect(dates('Earnings fell in the December quarter.', '2025-11-12')).toEqual(['2024-Q4']);
    expect(dates('Earnings will rise in the December quarter.', '2025-11-12')).toEqual(['2025-Q4']);
  });

  it('reads a date set for something nearest, and "remain shut" as no past', () => {
    expect(dates('The appeal was listed for 3 December.', '2025-11-12')).toEqual(['2025-12-03']);
    expect(dates('Colleges will remain shut until November 17.', '2025-11-12')).toEqual(['2025-11-17']);
  });

  it('reads bare days listed after a date as days of its month, unless they count something', () => {
    expect(dates('The summit was held on November 3 and 4.', '2025-11-12')).toEqual(['2025-11-03', '2025-11-04']);
    expect(dates('Ferries ran on May 6, 7 and 11 in the region.', '2025-11-12')).toEqual(['2025-05-06', '2025-05-07', '2025-05-11']);
    expect(dates('On November 3 and 4 people were hurt.', '2025-11-12')).toEqual(['2025-11-03']);
  });
});

describe('fourth probe batch', () => {
  it('reads the month that figures are for as one already over, whatever the tense of their release', () => {
    expect(dates('Import figures for August will be published Tuesday.', '2025-09-17')).toEqual(['2025-08', '2025-09-23']);
    expect(dates('Imports will rise in August.', '2025-09-17')).toEqual(['2026-08']);
  });

  it('reads no date in an attack named after its day', () => {
    expect(dates('Survivors of the Nov. 13 attacks testified again.', '2025-09-17')).toEqual([]);
    expect(dates('The mob attacked police on Jan. 6, 2021.', '2025-09-17')).toEqual(['2021-01-06']);
  });
});

describe('fifth probe batch', () => {
  it('gives a date without a year the year named right after it', () => {
    expect(dates('The fair was held on 5 March last year.', '2025-11-13')).toEqual(['2024-03-05']);
    expect(dates('The fair runs from 21 to 24 September next year.', '2025-11-13')).toEqual(['2026-09-21/2026-09-24']);
    expect(dates('Rents fell in March, last year’s busiest month.', '2025-11-13')).toEqual(['2025-03', '2024']);
  });

  it('reads a date without a year in a reported plan as the first one after the words were spoken', () => {
    expect(dates('The mayor said in March that the pool would reopen in June.', '2025-11-13')).toEqual(['2025-03', '2025-06']);
    expect(dates('Officials said in September that the levy would start in January.', '2025-11-13')).toEqual(['2025-09', '2026-01']);
    expect(dates('Asked on Tuesday whether the depot would shut by Christmas, she said no.', '2025-11-13')).toEqual(['2025-11-11', '2025-12-25']);
  });

  it('reads a weekday something is put off to as the coming one', () => {
    expect(dates('The trial was adjourned until 10am on Monday.', '2025-11-13')).toEqual(['2025-11-17']);
    expect(dates('The trial was adjourned on Monday.', '2025-11-13')).toEqual(['2025-11-10']);
  });

  it('reads no half of a year in the half of a season or a match', () => {
    expect(dates('The first half of the season went badly for the team.', '2025-11-13')).toEqual([]);
    expect(dates('Earnings rose in the first half of the year.', '2025-11-13')).toEqual(['2025-H1']);
  });
});

describe('sixth probe batch', () => {
  it('writes a count of years or months ahead at the resolution of its unit', () => {
    expect(dates('Twenty years from now the mine will be exhausted.')).toEqual(['2045']);
    expect(dates('The terminal will open in six months.')).toEqual(['2026-04']);
    expect(dates('The terminal will open in three days.')).toEqual(['2025-10-25']);
  });
});

describe('seventh probe batch', () => {
  it('reads a weekday written with its day of the month as the nearest such day', () => {
    expect(dates('The gig is on Thursday 23rd.')).toEqual(['2025-10-23']);
    expect(dates('The gig was on Thursday 16th.')).toEqual(['2025-10-16']);
  });

  it('reads a state that lasts until a weekday as lasting until the coming one', () => {
    expect(dates('The bridge stays closed until Sunday.')).toEqual(['2025-10-26']);
    expect(dates('The curfew remains in force through Friday.')).toEqual(['2025-10-24']);
    expect(dates('The bridge was closed until Sunday.')).toEqual(['2025-10-19']);
  });
});

describe('ninth probe batch', () => {
  it('reads "Tuesday week" as the Tuesday a week after the coming one', () => {
    expect(dates('The board meets on Tuesday week.', '2025-11-30')).toEqual(['2025-12-09']);
    expect(dates('The Monday week ended badly for shares.', '2025-11-30')).toEqual(['2025-11-24']);
  });

  it('reads a weekday that opens a sentence about a timetable as the coming one', () => {
    expect(dates('Monday: the hearings resume in Leeds.', '2025-11-30')).toEqual(['2025-12-01']);
    expect(dates('Monday: the hearings resumed in Leeds.', '2025-11-30')).toEqual(['2025-11-24']);
  });
});

describe('tenth probe batch', () => {
  it('reads a date a strike is called for nearest, and the month trading volumes are for as over', () => {
    expect(dates('A walkout was called for November 12.')).toEqual(['2025-11-12']);
    expect(dates('Trading volumes for September will be published on Friday.')).toEqual(['2025-09', '2025-10-24']);
  });
});

describe('days listed after a date', () => {
  it('keep the month and year the date was finally read in', () => {
    expect(dates('A stoppage was called for November 12 and 13.')).toEqual(['2025-11-12', '2025-11-13']);
  });
});
