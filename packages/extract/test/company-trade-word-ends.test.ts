import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import { TRADE_NAME_ENDS } from '../src/entities/company-trade-ends.ts';

/** Firms named for their trade without a legal form, and names of other kinds that end in the same words (invented sentences). */
const names = (text: string) => [...new Set(extractFacts({ text, published: '2025-10-20' }).filter((f) => f.type === 'company').map((f) => String(f.value)))];

const capitalized = (w: string) => (w === 'ai' ? 'AI' : w[0]!.toUpperCase() + w.slice(1));

describe('a name ending in a word of its trade', () => {
  it('is a firm in every sector', () => {
    expect(names('The rights went to Brennan Sports for four seasons.')).toEqual(['Brennan Sports']);
    expect(names('Shoppers at Wellcare Pharmacy queued on Monday.')).toEqual(['Wellcare Pharmacy']);
    expect(names('The fine was paid by Pellmore Gaming last week.')).toEqual(['Pellmore Gaming']);
    expect(names('A deal with Southern Cross Vision was signed in May.')).toEqual(['Southern Cross Vision']);
    expect(names('Prices paid to Harnum Seafoods rose sharply.')).toEqual(['Harnum Seafoods']);
    expect(names('The loan came from Brannock Finance in March.')).toEqual(['Brannock Finance']);
    expect(names('Panels will go to Orrick Solar next year.')).toEqual(['Orrick Solar']);
    expect(names('The penalty for Wexmoor Utilities was smaller.')).toEqual(['Wexmoor Utilities']);
    expect(names('Staff at Wessex Rail will strike on Friday.')).toEqual(['Wessex Rail']);
    expect(names('The hotel was bought by Kilbrack Leisure in 2021.')).toEqual(['Kilbrack Leisure']);
  });

  it('is a firm whatever word of the list ends it', () => {
    for (const w of TRADE_NAME_ENDS) {
      const name = `Harnwick ${capitalized(w)}`;
      expect(names(`The contract went to ${name} in June.`), w).toContain(name);
    }
  });

  it('is a firm at a sentence start when the word is one only firms end in', () => {
    expect(names('Harnum Seafoods said it would cut jobs.')).toEqual(['Harnum Seafoods']);
    expect(names('Calder Bancshares raised its dividend.')).toEqual(['Calder Bancshares']);
  });

  it('is a firm at a sentence start before a verb of what firms do, and not a kind of goods there', () => {
    expect(names('Ardmere Glass opened its $290 million plant on Monday.')).toEqual(['Ardmere Glass']);
    expect(names('Halden Dairy said it would cut jobs.')).toEqual(['Halden Dairy']);
    expect(names('Wexmoor Utilities posted a loss.')).toEqual(['Wexmoor Utilities']);
    expect(names('Arabica Coffee is grown in the hills.')).toEqual([]);
    expect(names('Sports Betting is booming.')).toEqual([]);
    expect(names('Harlow Gaming is growing fast.')).toEqual([]);
  });

  it('is a firm when a name opens it, though a word of a kind stands before the ending', () => {
    expect(names('The firm sold Pellbrook Property Developments in May.')).toEqual(['Pellbrook Property Developments']);
    expect(names('The deal with Harnwick Equipment Hire closed.')).toEqual(['Harnwick Equipment Hire']);
  });

  it('is a firm without the place it is from, after "of"', () => {
    expect(names('The firm agreed to buy Crisp Hollow Snacks of Ohio for $64 million.')).toEqual(['Crisp Hollow Snacks']);
    expect(names('Loans to Hatton Textiles of India were rescheduled.')).toEqual(['Hatton Textiles']);
  });

  it('after a known firm, is that firm when the ending names a service it runs', () => {
    expect(names('Sales at Samsung Mobile rose.')).toEqual(['Samsung']);
  });

  it('is a firm when the first word is also a known name or a given name the tagger reads as a person', () => {
    expect(names('In Japan, the broadcaster Sakura Sports paid ¥24 billion for three seasons.')).toEqual(['Sakura Sports']);
  });
});

describe('a name of another kind that ends in a trade word', () => {
  it('is no firm when a noun of a club, a body, an event or a place follows', () => {
    expect(names('Fans of the Brennan Sports Club marched on Saturday.')).toEqual([]);
    expect(names('The Mersey Health Service cut waiting lists.')).toEqual([]);
    expect(names('Visitors packed the Harlow Gaming Week in March.')).toEqual([]);
    expect(names('Crowds queued outside Harlow Vision Park on Sunday.')).toEqual([]);
    expect(names('Tickets to the Leeds Leisure Centre sold out.')).toEqual([]);
    expect(names('The Kestrel Gaming Expo opened on Friday.')).toEqual([]);
    expect(names('Engineers at the Tomlin Grid conference spoke on Monday.')).toEqual([]);
  });

  it('is no firm when a number follows (a programme) or "the" comes before', () => {
    expect(names('The plan is part of Saudi Vision 2030, officials said.')).toEqual([]);
    expect(names('The plan builds on Vision 2030.')).toEqual([]);
    expect(names('Fans of the Delmore Sports were angry on Sunday.')).toEqual([]);
  });

  it('is no firm when the words before the ending name a field, a sector or a kind of thing', () => {
    expect(names('Investors are pouring money into Cloud Gaming this year.')).toEqual([]);
    expect(names('Demand for Sports Betting grew fast in Ohio.')).toEqual([]);
    expect(names('Lenders backed Green Finance schemes in the budget.')).toEqual([]);
    expect(names('Trains on the High Speed Rail line will run by 2031.')).toEqual([]);
    expect(names('Officials promoted Responsible AI rules.')).toEqual([]);
    expect(names('He joined Private Equity in 2019.')).toEqual([]);
    expect(names('Prices for Electric Vehicles fell.')).toEqual([]);
    expect(names('Rules on Export Controls were tightened.')).toEqual([]);
    expect(names('The government published a White Paper on Monday.')).toEqual([]);
    expect(names('We bought Natural Gas futures on Monday.')).toEqual([]);
    expect(names('The show starred in Sleeping Beauty at Christmas.')).toEqual([]);
    expect(names('Money for the project came from UK Export Finance in May.')).toEqual([]);
    expect(names('He wore Personal Protective Equipment at work.')).toEqual([]);
    expect(names('Traders watched LME Aluminium on Friday.')).toEqual([]);
    expect(names('The study appeared in Nature Genetics last week.')).toEqual([]);
    expect(names('Buyers want Arabica Coffee from Kenya.')).toEqual([]);
  });

  it('is no firm when it is a nation\'s own service, an office or a body', () => {
    expect(names('Revenue rose at Scottish Water last year.')).toEqual([]);
    expect(names('Work on the Kenyan Rail project slowed.')).toEqual([]);
    expect(names('She met the Secretary of Transportation on Friday.')).toEqual([]);
    expect(names('Members of the Royal Institution of Chartered Surveyors voted.')).toEqual([]);
    expect(names('A charity, World Vision, sent food to the region.')).toEqual([]);
    expect(names('Officials at London Transport said the roads would reopen.')).toEqual([]);
    expect(names('The council runs Harlow Leisure and Culture.')).toEqual([]);
    expect(names('Staff at Harlow Leisure and Pellmore Gaming went on strike.')).toEqual(['Harlow Leisure', 'Pellmore Gaming']);
  });

  it('is no firm at a sentence start or in a two-word run that opens like a heading', () => {
    expect(names('Mobile Gaming is growing in Asia.')).toEqual([]);
    expect(names('Forecasts for Global Data showed growth.')).toEqual([]);
    expect(names('We read the Latest Developments on Tuesday.')).toEqual([]);
  });
});
