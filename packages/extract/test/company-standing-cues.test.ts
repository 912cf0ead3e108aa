import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Invented names no list holds: only the frames of ownership, listing and results around them can tell. */
const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('a firm by who owns it and where its shares trade', () => {
  it('takes a name after an owning compound, over a trade noun', () => {
    expect(names('The family-owned Brelton makes zippers in two towns.')).toEqual(['Brelton']);
    expect(names('Privately held Brelton said on Monday it made zippers.')).toEqual(['Brelton']);
    expect(names('State-owned miner Kelsor bought a cargo of coal.')).toEqual(['Kelsor']);
    expect(names('The state-owned investor Hallor bought a stake.')).toEqual(['Hallor']);
  });

  it('takes a name after a market it is listed on', () => {
    expect(names('Nasdaq-listed Brelton fell 3% on Monday.')).toEqual(['Brelton']);
    expect(names('The Hong Kong-listed developer Brelton sold flats.')).toEqual(['Brelton']);
    expect(names('Dravio, listed in Hong Kong, said profit rose.')).toEqual(['Dravio']);
    expect(names('Dravio, traded on the Nasdaq, said profit rose.')).toEqual(['Dravio']);
  });

  it('leaves outlets, homes and owners out', () => {
    expect(names('The state-owned news agency Tarvex said talks went well.')).toEqual([]);
    expect(names('The family-run Villa Rosa hotel opened in May.')).toEqual([]);
    expect(names('Anna Berg owned Brelton Farm for years.')).toEqual([]);
  });
});

describe('a firm by its books, its holders and its results', () => {
  it('takes the name whose orders or bookings are reported, not a holiday\'s or a person\'s shop', () => {
    expect(names('Orders at Brelton rose 5% in May.')).toEqual(['Brelton']);
    expect(names('New bookings at Quorvell fell sharply.')).toEqual(['Quorvell']);
    expect(names('Orders at Christmas rose.')).toEqual([]);
  });

  it('takes a name investors hold, not a country or the bonds it issues', () => {
    expect(names('Investors in Brelton lost money last year.')).toEqual(['Brelton']);
    expect(names('Shareholders in Quorvell voted for the deal.')).toEqual(['Quorvell']);
    expect(names('Investors in Brazil lost money.')).toEqual([]);
    expect(names('Investors in Vexland bonds lost money.')).toEqual([]);
  });

  it('takes a name whose results beat or miss the forecasters, not a team that beat expectations', () => {
    expect(names("Brelton beat analysts' estimates for the quarter.")).toEqual(['Brelton']);
    expect(names('Quorvell missed Wall Street expectations again.')).toEqual(['Quorvell']);
    expect(names('Velmor beat expectations to reach the final.')).toEqual([]);
  });

  it('takes a name that enters insolvency as only a business does', () => {
    expect(names('Brelton filed for Chapter 11 protection in March.')).toEqual(['Brelton']);
    expect(names('Quorvell filed for bankruptcy protection on Monday.')).toEqual(['Quorvell']);
    expect(names('Dravio went into administration last week.')).toEqual(['Dravio']);
    expect(names('Anna Berg filed for bankruptcy protection in 2009.')).toEqual([]);
    expect(names('Delmont County filed for bankruptcy protection.')).toEqual([]);
  });

  it('takes a startup raising a venture round and the investor leading it', () => {
    expect(names('Brelton raised $30 million in a funding round led by Marvent.')).toEqual(['Brelton', 'Marvent']);
    expect(names('Quorvell closed a $5 million seed round.')).toEqual(['Quorvell']);
    expect(names('Dravio raised $20 million in a Series B round.')).toEqual(['Dravio']);
    expect(names('Anna Berg raised $2 million for the campaign.')).toEqual([]);
  });

  it("takes a name described as a place's largest of a trade, not a city or a charity so described", () => {
    expect(names("Brelton, Europe's biggest brewer, raised prices.")).toEqual(['Brelton']);
    expect(names("Quorvell, Norway's second-largest lender, cut rates.")).toEqual(['Quorvell']);
    expect(names("Paris, France's largest city, hosted the fair.")).toEqual([]);
    expect(names("Tarrow, Britain's biggest charity, raised money.")).toEqual([]);
    expect(names("Jane Roe, Europe's top economist, spoke.")).toEqual([]);
  });
});

describe('owners compared in a list of possessives', () => {
  it('takes every owner of a list that firms with cues of their own fill', () => {
    expect(names("Quorvex's credit card, Brelton's small business loans and vague plans, Pellmor's checking accounts, and Marvent's payment service are coming.")).toEqual(['Quorvex', 'Brelton', 'Pellmor', 'Marvent']);
    expect(names("Quorvex's credit card, Brelton's shares and Pellmor's stock rose.")).toEqual(['Quorvex', 'Brelton', 'Pellmor']);
  });

  it('leaves a given name, players and a list of two out', () => {
    expect(names("Anna's goal, Brelton's shares and Pellmor's stock rose.")).toEqual(['Brelton', 'Pellmor']);
    expect(names("Smith's goal, Jones's header and Brown's penalty won it.")).toEqual([]);
    expect(names("Quorvex's credit card and Brelton's shares were in the news.")).toEqual(['Brelton']);
  });
});

describe('a firm introduced by its trade and nation', () => {
  it('reads a participle after the trade as a clause, not as the head ("a tower company backed by ...")', () => {
    expect(names('It will sell its towers to Pellmor Infrastructure, a tower company backed by a fund.')).toEqual(['Pellmor Infrastructure']);
    expect(names('Its stake went to Hallwick Energy, a power company controlled by a family trust.')).toEqual(['Hallwick Energy']);
  });

  it('takes "the Dutch group X" in a sentence of ownership or accounts, not a band or a militia', () => {
    expect(names('Its parent company, the Dutch group Veldmoor Mobiliteit, owns most of it.')).toEqual(['Veldmoor Mobiliteit']);
    expect(names('Wessby Rail, owned by the French group Rhônel Mobilité, made a profit.')).toEqual(['Rhônel Mobilité']);
    expect(names('The Dutch group Marvent said it would cut 300 jobs.')).toEqual(['Marvent']);
    expect(names('The South Korean group Vexa released a new album.')).toEqual([]);
    expect(names('The Lebanese group Harzal fired rockets into the north.')).toEqual([]);
  });
});

