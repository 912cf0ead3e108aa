import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", published on Wednesday 13 November 2019 unless given. */
const dates = (text: string, published: string | null = '2019-11-13') =>
  extractFacts({ text, published }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.value}`);

/** Numbers in news copy that look like dates or years but name something else; none is a date of the story. */
const NOT_DATES: Record<string, string[]> = {
  ages: ['The 55-year-old mechanic was taken to hospital after the crash.', 'A 19-year-old striker scored twice for the visitors.'],
  scores: [
    'The home side won 21-14 in front of a packed stadium.',
    'Rovers earned a 3-1 win over their local rivals.',
    'She took the opening set 6-4 before her opponent rallied.',
    'The team improved its record to 10-2 this season.',
  ],
  'ratios and fractions': [
    'Reviewers gave the blender a 4/5 rating for its motor.',
    'Stir in 1/2 cup of sugar and 3/4 cup of flour.',
    'About 9/10 respondents said they would buy again.',
    'The store is open 24/7 through the holidays.',
  ],
  'clock times': ['The council meets at 10:30 in the town hall.', 'The launch is set for 2:45 p.m. ET from the coastal pad.', 'Doors open at 7:15 and the show runs until 11:00.'],
  versions: ['Owners who upgraded to iOS 13.2 reported battery drain.', 'The fix ships in version 2.1.12 of the app.', 'The phones run Android 10 and a new tablet runs Windows 11.'],
  models: [
    'The company sold more Galaxy S10 phones than expected.',
    'Demand for the F-150 pickup stayed strong at dealers.',
    'The airline grounded its Boeing 737 fleet for checks.',
    'The carrier ordered ten Airbus A320 jets and two 787-9 aircraft.',
  ],
  'phone numbers': ['Readers can reach the helpline at 1-800-555-0199 for advice.', 'Call the newsroom on 020 7946 0958 with tips.'],
  'pages, chapters and sections': ['The clause appears on page 2019 of the filing.', 'Chapter 11 bankruptcy protection was sought by the retailer.', 'Under Section 1983 of the code, residents may sue.'],
  'labels of places and things': ['Guests booked suite 2001 for the week.', 'Traffic backed up near Exit 2015 of the turnpike.', 'Passengers on Flight 1549 were evacuated safely.'],
  addresses: ['Protesters gathered outside 1600 Pennsylvania Ave on the weekend.', 'The shop at 2020 Main Street closed its doors.', 'The fire broke out in the 1900 block of Elm Street.'],
  measurements: ['Forecasters expect waves of 5-10 feet along the coast.', 'Bake the loaf for 20-30 minutes until golden.', 'Highs of 90-100 degrees are expected across the valley.'],
  counts: ['Around 2000 people attended the rally.', 'The plant will cut 1200 jobs, the union said.', 'The stadium holds 1950 fans when full.'],
  'ranges of counts': ['Organisers expect 1950-2000 fans at the ground.', 'The project adds 1990-2010 jobs.', 'Furnaces of 1900-2000 degrees melt the ore.'],
  'money and percentages': ['The ticket cost $2019 after fees.', 'Prices are expected to climb 10-15% next quarter.'],
  'votes and sizes': ['The Senate passed the bill 52-48 after a long debate.', 'The court ruled 5-4 on the appeal.', 'The dress comes in sizes 12/16 only.'],
  hashtags: ['Fans trended #Vote2020 all evening.'],
};

describe('numbers in news text that are not dates', () => {
  for (const [kind, texts] of Object.entries(NOT_DATES)) {
    it(`emits no date for ${kind}`, () => {
      for (const text of texts) expect(dates(text), text).toEqual([]);
    });
  }

  it('keeps the dates of a story that sit next to such numbers', () => {
    expect(dates('The law, passed 52-48 in March 2017, took effect in 2018.')).toEqual(['March 2017=2017-03', '2018=2018']);
    expect(dates('Sales rose in 2018, the firm said, with 1200 jobs added.')).toEqual(['2018=2018']);
    expect(dates('Fares rose in 2014-2018, the regulator found.')).toEqual(['2014-2018=2014/2018']);
  });
});

describe('page furniture around the story', () => {
  it('drops the time stamps of the page: a stamp word, a clock time or reading time beside the date, or a byline ending at a bar', () => {
    expect(dates('Updated 3:45 PM ET, Tue November 12, 2019\n\nThe plant closed in 2018.')).toEqual(['2018=2018']);
    expect(dates('Posted: 11/12/2019\n\nThe plant closed in 2018.')).toEqual(['2018=2018']);
    expect(dates('Published 11/12/2019 08:30 AM | Updated 11/12/2019 09:10 AM')).toEqual([]);
    expect(dates('First published on Tue 12 Nov 2019 10.30 GMT')).toEqual([]);
    expect(dates('By Jane Roe | November 12, 2019\n\nThe plant closed in 2018.')).toEqual(['2018=2018']);
    expect(dates('Nov. 12, 2019 / 3:45 PM\n\nThe plant closed in 2018.')).toEqual(['2018=2018']);
    expect(dates('12 November 2019 • 4 min read\n\nThe plant closed in 2018.')).toEqual(['2018=2018']);
  });

  it('drops stamps in other languages, a labelled date line and the dates of links to other stories', () => {
    expect(dates('Stand: 04.10.2019\n\nDas Werk schloss 2018.')).toEqual(['2018=2018']);
    expect(dates('Publié le 04/10/2019 à 08h15\n\nL’usine a fermé en 2018.')).toEqual(['2018=2018']);
    expect(dates('Date: 4 October 2019\n\nThe plant closed in 2018.')).toEqual(['2018=2018']);
    expect(dates('Related: Port strike spreads to the north (Oct 4, 2019)\n\nThe plant closed in 2018.')).toEqual(['2018=2018']);
  });

  it('drops the years of copyright notices and photo credits', () => {
    expect(dates('© 2019 Example Media Group. All rights reserved.')).toEqual([]);
    expect(dates('Copyright 2018 Example Newspapers Inc.')).toEqual([]);
    expect(dates('Photo: Jane Roe / Example Agency 2018')).toEqual([]);
  });

  it('still reads a sentence that opens with a stamp word as the story', () => {
    expect(dates('Updated forecasts were published on March 3, 2019, by the agency.')).toEqual(['March 3, 2019=2019-03-03']);
    expect(dates('Published in 2017, the report found wide gaps.')).toEqual(['2017=2017']);
  });

  it('still takes the stamp as the reference for relative dates when the page gave none', () => {
    expect(dates('Posted: 11/12/2019\n\nThe plant closed on Monday, the union said.', null)).toEqual(['Monday=2019-11-11']);
  });
});

describe('numeric dates written with points', () => {
  it('reads day first, the use wherever points separate the parts, and month first only when the day cannot be first', () => {
    expect(dates('Die Anlage ging am 03.04.2018 in Betrieb.')).toEqual(['03.04.2018=2018-04-03']);
    expect(dates('The plant opened on 04.23.2018, the company said.')).toEqual(['04.23.2018=2018-04-23']);
  });
});
