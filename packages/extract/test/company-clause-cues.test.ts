import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('companies no list knows, read from the clause around them', () => {
  it('finds a firm by what it plans to launch, sell or roll out', () => {
    expect(names('After the tablet, Bravio plans to launch a cheaper phone.')).toEqual(['Bravio']);
    expect(names('Next spring Quendal is rolling out a line of electric vans.')).toEqual(['Quendal']);
    expect(names('Analysts say Morvick has quietly acquired two smaller rivals.')).toEqual(['Morvick']);
  });

  it('finds a firm raising an amount of money, not a person raising funds for a cause', () => {
    expect(names('Halvora is set to raise up to $1.2 billion in its listing.')).toEqual(['Halvora']);
    expect(names('Neighbours say Mendez has raised nearly $40,000 for the shelter.')).toEqual([]);
  });

  it('does not make a product or a preposition a firm', () => {
    expect(names('The new Zunio console will launch tomorrow in Europe.')).toEqual([]);
    expect(names('Prior to launch the team tested the engine for weeks.')).toEqual([]);
    expect(names('The model was rolled out to drivers in May.')).toEqual([]);
  });

  it('finds a firm that speaks in filings or to investors', () => {
    expect(names('Quorra said in a stock exchange filing that profit fell.')).toEqual(['Quorra']);
    expect(names('On a call, Tellamine told investors that demand had recovered.')).toEqual(['Tellamine']);
  });

  it('finds a business by its website', () => {
    expect(names('Tickets go on sale Friday at Tixora.com and at the box office.')).toEqual(['Tixora']);
    expect(names('The figures were posted on Harrowgate.org last week.')).toEqual([]);
  });

  it('finds the service a documentary or an original is made for, not a season\'s special', () => {
    expect(names('She is filming a Vexflix documentary about the tour.')).toEqual(['Vexflix']);
    expect(names('He starred in a Christmas special last year.')).toEqual([]);
  });

  it('finds an employer', () => {
    expect(names('She worked briefly at Pemberly before moving to Lisbon.')).toEqual(['Pemberly']);
    expect(names('He was employed by Castorell for a decade.')).toEqual(['Castorell']);
  });
});

describe('what a possessive owns and what a verb takes', () => {
  it('reads a business noun after a possessive past compounds and a bracketed aside', () => {
    expect(names('Buyers still queue for Tarvo’s top-selling vehicle in the north.')).toEqual(['Tarvo']);
    expect(names('Bramo’s (long-delayed) streaming service opened to all.')).toEqual(['Bramo']);
  });

  it('leaves a product that launches without an object to its maker', () => {
    expect(names('The Zunio Deck launches tomorrow in Europe.')).toEqual([]);
    expect(names('Bravio launched a folding phone in May.')).toEqual(['Bravio']);
  });
});

describe('what places, people and governments own too', () => {
  it('does not make a name a firm for its output, market, deal or board', () => {
    expect(names('Farmers said Varnholt’s output of barley doubled this year.')).toEqual([]);
    expect(names('The senator praised Okonkwo’s deal with the unions.')).toEqual([]);
    expect(names('Residents said Lindqvale’s housing market had cooled.')).toEqual([]);
  });

  it('still reads revenue and shares as a firm’s', () => {
    expect(names('Analysts said Tarvo’s revenue doubled in the quarter.')).toEqual(['Tarvo']);
  });
});

describe('a count before a possessive', () => {
  it('keeps "One of" out of the name it counts from', () => {
    expect(names('Pellbrook shares fell. One of Pellbrook’s plants will close.')).toEqual(['Pellbrook']);
  });
});

describe('lists of firms', () => {
  it('keeps a shop named in the possessive in a list of firms, whatever the person tagger thinks', () => {
    expect(names('The agency counts clients such as Ford, Emily’s, Kellogg’s and NBC.')).toContain('Emily');
    expect(names('The agency counts clients such as Ford, Emily Tran, Kellogg’s and NBC.')).not.toContain('Emily Tran');
  });

  it('reads a brand and its other name joined by a slash as one item of the list', () => {
    expect(names('Lawmakers questioned executives from Bravio, Quellnet/Qfin, Tarvo and others.')).toEqual(['Bravio', 'Quellnet', 'Tarvo']);
  });
});
