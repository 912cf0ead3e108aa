import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const names = (text: string, unseen?: string[]) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' }, unseen ? { unseenCompanyNames: unseen } : {})
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('companies no list knows, read from the roles around them', () => {
  it('finds the firm an analyst or an economist speaks for', () => {
    expect(names('“Stocks look cheap,” Bramwell Partners analyst Odile Fenn told clients.')).toContain('Bramwell Partners');
    expect(names('Demand will slow, Quillon economist Marta Ruiz wrote on Friday.')).toContain('Quillon');
  });

  it('finds employers, labels, publishers and research houses by what people do with them', () => {
    expect(names('Regulators questioned executives from Corvane about the outage.')).toEqual(['Corvane']);
    expect(names('By spring she was signed to Halloway as a staff writer.')).toEqual(['Halloway']);
    expect(names('The novel was published by Tamsin in 1998.')).toEqual(['Tamsin']);
    expect(names('Spending on phones rose, according to a survey from Pennick Marlowe.')).toEqual(['Pennick Marlowe']);
    expect(names('He spent two years driving for Zupra before the pandemic.')).toEqual(['Zupra']);
  });

  it('finds a firm that owns, sells through or makes something', () => {
    expect(names('The Vennra-owned site stopped taking orders.')).toEqual(['Vennra']);
    expect(names('A consultant for Orbix sellers said fees had doubled.')).toEqual(['Orbix']);
    expect(names('The show also had a hydrogen concept car from Drevo on its stand.')).toEqual(['Drevo']);
    expect(names('A joint venture between Kestova and Marrow will refine lithium.')).toEqual(['Kestova', 'Marrow']);
    expect(names('The offer values Tindall at about two billion dollars.')).toEqual(['Tindall']);
  });

  it('keeps a ticker in brackets beside market words, whoever the tagger thinks the name is', () => {
    expect(names('Shares slid, and peer Garrow (GRW) stock is down too.')).toEqual(['Garrow']);
  });

  it('takes a trade noun or a passing adjective off the start of a sentence', () => {
    expect(names('Steelmaker Ferrovane said exports fell in May.')).toEqual(['Ferrovane']);
    expect(names('Ousted Plinth CEO Rob Kale left in June. The board of Plinth met on Friday.')).toEqual(['Plinth']);
  });
});

describe('names that are not companies', () => {
  it('leaves out public corporations, departments and bands', () => {
    expect(names('The Pension Benefit Guaranty Corp. took over the plan.')).toEqual([]);
    expect(names('Ana Ruiz, vice president of Advanced Launch Programs at Corvane Space, said the test went well.')).toEqual(['Corvane Space']);
    expect(names('Please send your CV to Human Resources by Friday.')).toEqual([]);
    expect(names('He joined his old band, the Velvet Harbors, on stage. The Velvet Harbors announced a tour.')).toEqual([]);
  });

  it('leaves out a site’s own notices: affiliate links, datelines and copyright', () => {
    expect(names('Microsoft may earn an affiliate commission if you buy something through links in this article.')).toEqual([]);
    expect(names('SPRINGFIELD (RiverNewsNow) - The council met on Tuesday.')).toEqual([]);
  });

  it('reads a description of a public scheme or a tool as what it is', () => {
    expect(names('Her treatment was paid by CareBridge, a health benefit for residents with low incomes.')).toEqual([]);
  });

  it('does not read a verb "shares" as a company’s stock', () => {
    expect(names('In his new book, Lorimer shares the budget he used for twenty years.')).toEqual([]);
  });
});

describe('well-known names that are also words', () => {
  it('are the company where a trade word stands near them, and the word elsewhere', () => {
    expect(names('Laptops sold on Amazon got cheaper before the holidays.')).toEqual(['Amazon']);
    expect(names('The expedition followed the Amazon for three weeks.')).toEqual([]);
  });
});

describe('well-known companies of commodity trade', () => {
  it('knows traders, battery makers, miners and steelmakers by name', () => {
    const text = 'Cargoes went to Vitol and Mercuria, cells to Gotion and Sunwoda, ore to Ansteel, and Cameco cut its forecast.';
    expect(names(text)).toEqual(expect.arrayContaining(['Vitol', 'Mercuria', 'Gotion', 'Sunwoda', 'Ansteel', 'Cameco']));
  });

  it('is measured without the list when the benchmark hides a name', () => {
    expect(names('Cargoes went to Vitol on Monday.')).toEqual(['Vitol']);
    expect(names('Cargoes went to Vitol on Monday.', ['Vitol SA'])).toEqual([]);
  });
});

describe('chemical formulas in camel case', () => {
  it('are not brands', () => {
    expect(names('Prices of NdPr oxide rose, NdFeB magnet exports fell and LiOH slipped, while NiMH cells sold well.')).toEqual([]);
    expect(names('Sellers on Quibbly, a marketplace app, reported more orders than ShopNest said it had.')).toContain('ShopNest');
  });
});

describe('names given with "called"', () => {
  it('are companies after a business noun and things after any other noun', () => {
    expect(names('She founded a startup called Tellurix in 2019.')).toEqual(['Tellurix']);
    expect(names('The scan showed a condition called HP. HP is a reaction in the lungs.')).toEqual([]);
  });

  it('leave out the social accounts a page invites readers to follow', () => {
    expect(names('Follow the Opinion desk on Facebook, Twitter and Instagram.')).toEqual([]);
  });
});

describe('appositions and relative clauses of business', () => {
  it('read a firm from "one of the producers", "whose shares" and "which is listed"', () => {
    expect(names('Quarva, one of the largest lithium producers, cut output.')).toEqual(['Quarva']);
    expect(names('Quarva, whose shares fell sharply, cut output.')).toEqual(['Quarva']);
    expect(names('Quarva, which is listed in Hong Kong, cut output.')).toEqual(['Quarva']);
    expect(names('Jane Roe, one of the best writers of her time, spoke first.')).toEqual([]);
  });
});
