import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Company names in invented sentences: names no list knows, so only the cues around them can tell. */
const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('companies no list knows, read from how news introduces a business', () => {
  it('reads a ticker in brackets before a weaker cue, so the person tagger does not take a surname-like firm', () => {
    expect(names('Its shares slid, and peer Harlowe\'s (HRW) stock fell too.')).toEqual(['Harlowe']);
    expect(names('Its shares slid, and peer Jane Harlowe said she expected it.')).toEqual([]);
  });

  it('takes a firm whose analyst or spokesperson is named with a hyphenated given name', () => {
    expect(names('Quorvex analyst Mei-Ling Chen expects a cheaper model next year.')).toEqual(['Quorvex']);
    expect(names('Professor Mei-Ling Chen expects a cheaper model next year.')).toEqual([]);
  });

  it('takes every member of a list said to be among a kind of business, the last one introduced by its trade', () => {
    expect(names('Pelvora, Quindle and the van maker Tarrow are among retailers that raised prices.')).toEqual(['Pelvora', 'Quindle', 'Tarrow']);
    expect(names('Greenwood and Halley are among towns that raised local taxes.')).toEqual([]);
    expect(names('Maria Lopez and Tom Berry are among analysts who expect a cut.')).toEqual([]);
  });

  it('takes an online business described by what it runs, not any site or network', () => {
    expect(names('The mayor posted the warning on Quibly, a photo-sharing social media site, before noon.')).toEqual(['Quibly']);
    expect(names('Fans can watch it on Vexo, a video streaming service.')).toEqual(['Vexo']);
    expect(names('The ruins of Palmora, a heritage site, drew crowds.')).toEqual([]);
    expect(names('Trains reach Dorrin, a rail network hub, twice a day.')).toEqual([]);
  });

  it('carries a company read from one cue to its other mentions', () => {
    const text = 'Quorna, a maker of heat pumps, opened a plant. Analysts expect Quorna to grow. Last year Quorna hired 40 people.';
    const mentions = extractFacts({ text, published: '2025-10-20' }).filter((f) => f.type === 'company');
    expect(mentions.map((f) => f.value)).toEqual(['Quorna', 'Quorna', 'Quorna']);
  });

  it('takes the name a regional unit is named after as its parent company', () => {
    expect(names('Sales rose at Nordvik Canada Inc. last year. Nordvik still believes in sedans.')).toEqual(['Nordvik Canada Inc.', 'Nordvik']);
    expect(names('Prices rose at Harbor Canada Ltd. Harbor traffic was light.')).toEqual(['Harbor Canada Ltd.']);
  });

  it('leaves the source named in a picture credit and a site\'s e-paper link out', () => {
    expect(names('Steel output rose.\nPhoto by Jane Roe on Snapshotz.com\nTickets are sold at Tixora.com.')).toEqual(['Tixora']);
    expect(names('Business | Markets | Opinion | ePaper\nSteel output rose 4% in May.')).toEqual([]);
  });

  it('takes a name whose verb acts on what only a business has', () => {
    expect(names('Analysts think Quorvex will move its entire notebook lineup to the new keyboard.')).toEqual(['Quorvex']);
    expect(names('Last week Delmont cut its dividend by half.')).toEqual(['Delmont']);
    expect(names('Last week Portugal cut its tariffs on steel.')).toEqual([]);
    expect(names('Greenpeace and its supporters marched on Friday.')).toEqual([]);
    expect(names('Maria Lopez sold her shares last week.')).toEqual([]);
  });

  it('keeps a firm a ticker vouches for when another mention, read as a possessive, looks like a surname', () => {
    expect(names('Peer Harlowe\'s (HRW) stock is off too. Harlowe\'s reports earnings on Wednesday.')).toEqual(['Harlowe']);
  });

  it('takes two surnames joined by an ampersand as a firm, not a pair of given names or a topic', () => {
    expect(names('The board hired Dalton & Pryce to audit the accounts.')).toEqual(['Dalton & Pryce']);
    expect(names('The children watched Tom & Jerry all morning.')).toEqual([]);
    expect(names('She moved to a job in Research & Development last year.')).toEqual([]);
    expect(names('Officials from Bosnia & Herzegovina signed the deal.')).toEqual([]);
  });

  it('takes the owner of a product written in camel case, not a place that has a business of that name', () => {
    expect(names('Teens love Quorvex\'s AirBuds, and want them for the holidays.')).toContain('Quorvex');
    expect(names('He drove to Forest Hill\'s SlumberSpring Suites hotel late at night.')).not.toContain('Forest Hill');
  });

  it('reads a title-case heading with a capitalized preposition inside as no firm', () => {
    expect(names('Prices rose.\n\nSupply Shocks Beyond Battery Metals\n\nChina acted.')).toEqual([]);
    expect(names('Prices rose at Beyond Battery Metals Ltd last year.')).toEqual(['Beyond Battery Metals Ltd']);
  });

  it('takes a firm by the results it reports, not a season that has sales', () => {
    expect(names('Kellan Stores reported a net loss. Kellan said sales fell.')).toEqual(['Kellan Stores']);
    expect(names('Quarterly revenue at Ostrana rose 8% in the third quarter.')).toEqual(['Ostrana']);
    expect(names('Sales at Christmas rose 3% from a year earlier.')).toEqual([]);
    expect(names('Ohio reported record revenue from its lottery.')).toEqual([]);
  });

  it('takes a firm listed on an exchange or agreeing to buy another', () => {
    expect(names('Sorvane is listed in Frankfurt and Vienna.')).toEqual(['Sorvane']);
    expect(names('Bellwyn agreed to buy a smaller rival for $2 billion.')).toEqual(['Bellwyn']);
    expect(names('Poland agreed to buy 200 tanks this year.')).toEqual([]);
    expect(names('Jane Holt is listed as a witness in the case.')).toEqual([]);
  });

  it('takes a firm named after a person when only a business fits the cue', () => {
    expect(names('Cressida Hale, the chairwoman of William Pryce, said the bookmaker would close 40 shops.')).toEqual(['William Pryce']);
    expect(names('John Lorrimer, the department store chain, cut 200 jobs.')).toEqual(['John Lorrimer']);
    expect(names('The son of John Lorrimer, a retired lawyer, spoke at the hearing.')).toEqual([]);
    expect(names('Tom Hale, a partner at the firm, agreed with the plan.')).toEqual([]);
    expect(names('John Lorrimer said in a filing that he sold the house.')).toEqual([]);
  });

  it('does not make a person described by a trade a firm', () => {
    expect(names('Dana Whitlow, a commodities trader in Atlanta, said the market was calm.')).toEqual([]);
  });

  it('takes a firm by its corporate life: worth, listing, insolvency, jobs, owners and posts', () => {
    expect(names('Vantrix is valued at $3 billion after the round.')).toEqual(['Vantrix']);
    expect(names('Vantrix, valued at $3 billion, plans a listing.')).toEqual(['Vantrix']);
    expect(names('Vantrix filed for Chapter 11 protection on Monday.')).toEqual(['Vantrix']);
    expect(names('Vantrix went public in 2019.')).toEqual(['Vantrix']);
    expect(names('Vantrix will cut 1,200 jobs by the end of the year.')).toEqual(['Vantrix']);
    expect(names('Ana Reyes, who heads Vantrix, said margins rose.')).toEqual(['Vantrix']);
    expect(names('Ana Reyes joined Vantrix as finance chief in 2021.')).toEqual(['Vantrix']);
    expect(names('The merger of Vantrix and Oslin closed in May.')).toEqual(['Vantrix', 'Oslin']);
    expect(names("Vantrix's market value fell below $1 billion.")).toEqual(['Vantrix']);
  });

  it('does not make people, places or bodies firms by those cues', () => {
    expect(names('Ana Reyes filed for divorce in May.')).toEqual([]);
    expect(names('Brazil will cut 1,200 jobs in the public sector.')).toEqual([]);
    expect(names('Ana Reyes joined Vantrix for dinner as a guest.')).toEqual([]);
    expect(names("China's market share rose to 40%.")).toEqual([]);
    expect(names('Vantrix cut 40% of its budget for parks.')).toEqual([]);
  });

  it('does not take a public programme reporting a loss, or a museum that is owned, for a firm', () => {
    expect(names('Medicaro posted a loss of $3 billion last year.')).toEqual([]);
    expect(names('The Louvrette is owned by the French state.')).toEqual([]);
  });

  it('reads a plan the name announces for itself ("X said it would ...")', () => {
    expect(names('Nordvik says it will offer better mileage on the new sedan.')).toEqual(['Nordvik']);
    expect(names('Halden said it would introduce a cheaper plan in May.')).toEqual(['Halden']);
    expect(names('Jane Holt said she would offer a plea in May.')).toEqual([]);
    expect(names('Halden said they would launch a petition.')).toEqual([]);
  });

  it('takes the rival a firm competes with and the maker of a video game', () => {
    expect(names('The unit was set up to compete with Quorna Web Services.')).toEqual(['Quorna Web Services']);
    expect(names('Critics found the port of Brimstar\'s western video game unstable.')).toEqual(['Brimstar']);
    expect(names('Brazil will compete with Chile for the cup.')).toEqual([]);
    expect(names('She is competing with Jane Holt for the seat.')).toEqual([]);
  });

  it('takes a brand of initials glued to a word, not an abbreviation in the plural', () => {
    expect(names('QRware said the service would cost less.')).toEqual(['QRware']);
    expect(names('Many MPs, CEOs and NGOs signed the letter.')).toEqual([]);
  });

  it('takes a brand whose stores or outlets are named after it, not a place', () => {
    expect(names('Shoppers queued outside Vantrix stores on Friday.')).toEqual(['Vantrix']);
    expect(names('Shoppers queued outside Lisbon stores on Friday.')).toEqual([]);
  });
});
