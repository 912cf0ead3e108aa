import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", in order. */
const dates = (text: string, published = '2023-11-16', publishedSource?: string) =>
  extractFacts({ text, published, publishedSource }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.value}`);

describe('numbers that look like dates but are not', () => {
  it('leaves out a year that closes the name of a product, a game or a plan', () => {
    expect(dates('The studio listed Racing Legends 2021 and Puzzle Quest 2019 among its titles.')).toEqual([]);
    expect(dates('Clients still on Server 2008 were told to upgrade in 2022.')).toEqual(['2022=2022']);
  });

  it('keeps a year after "a" and before a singular noun ending in -s', () => {
    expect(dates('Later, a 2017 analysis of the samples found traces of salt.')).toEqual(['2017=2017']);
  });

  it('leaves out house numbers in street addresses', () => {
    expect(dates('The suspect, 41, of 1987 Willow Creek Road, was held.')).toEqual([]);
  });

  it('leaves out ages written as decades after a possessive', () => {
    expect(dates('Many viewers in their late-40s and a teacher in his 70s called in.')).toEqual([]);
    expect(dates('Disco ruled the clubs in the 70s.')).toEqual(['70s=1970/1979']);
  });

  it('leaves out the quarters and halves of a game', () => {
    expect(dates('The Hawks trailed 10-3 before scoring two touchdowns in the fourth quarter.')).toEqual([]);
  });

  it('reads "the second quarter" of a business year, not a duration of seconds', () => {
    expect(dates('Orders fell in the second quarter.')).toEqual(['second quarter=2023-Q2']);
  });

  it('leaves out centuries and holidays used as kinds of things', () => {
    expect(dates('Since the start of the 20th century the town has grown.')).toEqual([]);
    expect(dates('She mailed her Christmas cards early.')).toEqual([]);
  });

  it('leaves out a weekday abbreviation inside a name', () => {
    expect(dates('Fans filled the Rising Sun Arena for the show.')).toEqual([]);
  });
});

describe('years of dates written without one', () => {
  it('reads "as of" a day as a day already passed', () => {
    expect(dates('The fund remains the largest holder as of April 30.')).toEqual(['April 30=2023-04-30']);
  });

  it('gives list dates the year the article writes for their month, and counts on through the list', () => {
    const text = 'The choir starts its tour on May 3, 2024 in Leeds.\n\nMay 3 -- Town Hall, Leeds\n\nMay 20 -- Dome, Brighton\n\nJune 2 -- Arena, Cardiff';
    expect(dates(text)).toEqual(['May 3, 2024=2024-05-03', 'May 3=2024-05-03', 'May 20=2024-05-20', 'June 2=2024-06-02']);
    const [, , , last] = extractFacts({ text, published: '2023-11-16' }).filter((f) => f.type === 'date');
    expect(last!.reasons.join(' ')).toMatch(/same list/);
  });

  it('does not read a plan told in the past ("was expected to") as pointing ahead', () => {
    expect(dates('The vote, once expected to follow a March hearing, has been delayed again.')).toEqual(['March=2023-03']);
  });
});

describe('what relative dates were read against', () => {
  it('says when the publication date was guessed from the page rather than its metadata', () => {
    const [f] = extractFacts({ text: 'The council met on Monday.', published: '2023-11-16', publishedSource: 'visible-date' }).filter((x) => x.type === 'date');
    expect(f!.value).toBe('2023-11-13');
    expect(f!.reasons).toContain('relative date resolved against a publication date guessed from the page');
    const [g] = extractFacts({ text: 'The council met on Monday.', published: '2023-11-16', publishedSource: 'json-ld' }).filter((x) => x.type === 'date');
    expect(g!.reasons).toContain('relative date resolved against publication date');
  });
});

describe('years counted from the story and numbers of a kind', () => {
  it('counts "the next year" from the year the story gives just before it', () => {
    expect(dates('The mill shut in 2015. The next year, its owners sold the site.')).toEqual(['2015=2015', 'next year=2016']);
    expect(dates('The mill shut down. The next year, its owners sold the site.')).toEqual([]);
    expect(dates('The owners will sell the site next year.')).toEqual(['next year=2024']);
  });

  it('leaves out a number after "No."', () => {
    expect(dates('He wore the No. 2016 shirt before the U.S. 2020 election.')).toEqual(['2020=2020']);
  });
});

describe('years of notices', () => {
  it('leaves out the year of a copyright notice', () => {
    expect(dates('Copyright 2021 The Daily Ledger. All rights reserved.')).toEqual([]);
    expect(dates('© 2020 Harbor Press')).toEqual([]);
  });
});

describe('"today" as nowadays', () => {
  it('reads "today" after a present-tense verb as nowadays, and after "said" as the day', () => {
    expect(dates('The craters we see today formed long ago.')).toEqual([]);
    expect(dates('The mayor said today the road would reopen.')).toEqual(['today=2023-11-16']);
  });
});

describe('seasons and tense-read list anchors', () => {
  it('gives a season with a year as that year', () => {
    expect(dates('The museum reopens in the spring of 2025.')).toEqual(['spring of 2025=2025']);
  });

  it('anchors a list on a yearless date whose sentence points ahead', () => {
    const text = 'The choir will start its tour on May 3 in Leeds.\n\nMay 3 -- Town Hall, Leeds\n\nJune 2 -- Arena, Cardiff';
    expect(dates(text)).toEqual(['May 3=2024-05-03', 'May 3=2024-05-03', 'June 2=2024-06-02']);
  });
});
