import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Company names in invented sentences, read from how names of firms are built and how news introduces them. */
const names = (text: string) => [
  ...new Set(
    extractFacts({ text, published: '2025-10-20' })
      .filter((f) => f.type === 'company')
      .map((f) => f.value),
  ),
];

describe('firms whose names open with their trade, as Spanish, Portuguese, Italian and French names do', () => {
  it('takes a bank, a group or a chain named by its trade first, mid-sentence or opening one', () => {
    expect(names('The loan was arranged by Banco Meridional and a second lender.')).toEqual(['Banco Meridional']);
    expect(names('Banco Meridional will lend the money, the bank said.')).toEqual(['Banco Meridional']);
    expect(names('Profits rose at Gruppo Tessile Lombardo last year.')).toEqual(['Gruppo Tessile Lombardo']);
    expect(names('The deal went to Companhia Vale do Sol.')).toEqual(['Companhia Vale do Sol']);
    expect(names('Shares of Banco de Chile rose.')).toEqual(['Banco de Chile']);
  });

  it('keeps the small-letter "del", "do", "di" and "de la" inside the name', () => {
    expect(names('The plant is owned by Grupo Tornasol del Norte, which makes paint.')).toEqual(['Grupo Tornasol del Norte']);
    expect(names('The grant came from Banca Popolare di Verona.')).toEqual(['Banca Popolare di Verona']);
    expect(names('Its shops were sold to Almacenes de la Costa in May.')).toEqual(['Almacenes de la Costa']);
  });

  it('leaves central banks, development banks, groups of states and people with "del" out', () => {
    expect(names('The Banco Central de Reserva held rates.')).toEqual([]);
    expect(names('Banco Mundial lent the money.')).toEqual([]);
    expect(names('The Grupo de Lima met on Monday.')).toEqual([]);
    expect(names('Mayor Juan del Castillo opened the road.')).toEqual([]);
    expect(names('The festival in Tierra del Fuego drew crowds.')).toEqual([]);
  });
});

describe('firms named by those who work there, their place in a group and their peers', () => {
  it('takes the firm that lawyers, bankers or auditors work at', () => {
    expect(names('Lawyers at Harcastle Mbeki advised the buyer.')).toEqual(['Harcastle Mbeki']);
    expect(names('Its bankers at Kerrigan Pryce will refinance the loan.')).toEqual(['Kerrigan Pryce']);
    expect(names('Auditors at Pemberly Voss flagged no concerns.')).toEqual(['Pemberly Voss']);
  });

  it('does not take a person or a body that professionals are with or at', () => {
    expect(names('Lawyers with Harlan Stowe said the ruling was unfair.')).toEqual([]);
    expect(names('Lawyers at Yale University wrote the brief.')).toEqual([]);
    expect(names('Consultants at the Ministry of Health wrote the plan.')).toEqual([]);
  });

  it('takes a business arm or a joint venture set off by a comma', () => {
    expect(names('Its retail arm, Pellamy, has 80 shops.')).toEqual(['Pellamy']);
    expect(names('The partners formed a joint venture, Torvane Gas, to build the plant.')).toEqual(['Torvane Gas']);
    expect(names('The two firms set up a joint venture, Energías del Caribe, last year.')).toEqual(['Energías del Caribe']);
    expect(names('Her left arm, Jane said, was broken.')).toEqual([]);
  });

  it('takes the members of lists of rivals, customers or backers introduced by "include"', () => {
    expect(names('Rivals include Tarsun Agriculture and Pula, a crop insurer.')).toEqual(['Tarsun Agriculture', 'Pula']);
    expect(names('Its backers include Norvik, Tallis and Pembro.')).toEqual(['Norvik', 'Tallis', 'Pembro']);
    expect(names('His rivals include Jane Roe and Tom Berry.')).toEqual([]);
  });

  it('takes a firm introduced by its trade, drugmakers and grocers among them', () => {
    expect(names('The firm sells to drugmakers such as Quimiral and Novaris.')).toEqual(['Quimiral', 'Novaris']);
    expect(names('It paid $96 million for the Argentine grocer Super Sol.')).toEqual(['Super Sol']);
    expect(names('The panels come from the Kenyan installer Jua Solar.')).toEqual(['Jua Solar']);
  });

  it('reads "X Metals of Japan" as the firm and where it is from, not the "Bank of Japan" kind of name', () => {
    expect(names('It agreed to sell the mine to Torimasa Metals of Japan for $1.1 billion.')).toEqual(['Torimasa Metals']);
    expect(names('Orders came from Hallam Steel of India and a trader.')).toEqual(['Hallam Steel']);
    expect(names('The Bank of Japan held rates.')).toEqual([]);
  });

  it('takes trading houses, trade financiers and firms named by cement', () => {
    expect(names('The mill is 20% owned by the trading house Hoshida Shoji, which supplies copper.')).toEqual(['Hoshida Shoji']);
    expect(names('A Japanese trade financier, Tokai Kaiun Finance, lost about 610 million yen.')).toEqual(['Tokai Kaiun Finance']);
    expect(names('The two smallest players, Vellore Cements and Ravi Cement, were fined.')).toEqual(['Vellore Cements', 'Ravi Cement']);
    expect(names('The price of Portland cement rose.')).toEqual([]);
  });

  it('takes a firm a headline introduces by a demonym and its trade, not a person so introduced', () => {
    expect(names('The stake went to Dutch breeder Floravia for 36 million euros.')).toEqual(['Floravia']);
    expect(names('Kenyan installer Sunvale wins a solar contract.')).toEqual(['Sunvale']);
    expect(names('The show featured Dutch breeder Jan Visser and his roses.')).toEqual([]);
    expect(names('The stake went to breeder Floravia for 36 million euros.')).toEqual([]);
  });

  it('takes a second object of "competes with" or "merged with" after "and with"', () => {
    expect(names('It competes with Farmacorp, owned by Veltrana, and with Saludplus.')).toEqual(['Farmacorp', 'Veltrana', 'Saludplus']);
    expect(names('It merged with Tarvik in 2019 and with Ostrand in 2021.')).toEqual(['Tarvik', 'Ostrand']);
    expect(names('She spoke with Tarvik and with Ostrand.')).toEqual([]);
    expect(names('It competes with Farmacorp. She met with Ostrand and with Pell.')).toEqual(['Farmacorp']);
  });

  it('reads "Co-operative Bank" as one name', () => {
    expect(names('KCB Group and Co-operative Bank also lend to farmers.')).toEqual(['KCB Group', 'Co-operative Bank']);
    expect(names('Loans from Harbour Co-operative Bank rose.')).toEqual(['Harbour Co-operative Bank']);
  });
});

describe('firms read from what they own or are called', () => {
  it('takes a name whose bonds, creditors or branches the text speaks of', () => {
    expect(names("Ostara's bonds fell sharply after the downgrade.")).toEqual(['Ostara']);
    expect(names("Ostara's creditors met on Monday.")).toEqual(['Ostara']);
    expect(names("Italy's bonds fell sharply.")).toEqual([]);
    expect(names("Jane Roe's creditors met on Monday.")).toEqual([]);
  });

  it('takes a name that ends in "Brokers"', () => {
    expect(names('The regulator fined Calloway Brokers $3 million.')).toEqual(['Calloway Brokers']);
  });
});

describe('firms in lists that firms fill', () => {
  it('takes the other members of a comma list mostly made of firms with cues of their own', () => {
    expect(names('Contracts went to Draper, Orbit Aerospace, Lunar Machines and Masten Space Systems.')).toEqual(['Draper', 'Orbit Aerospace', 'Lunar Machines', 'Masten Space Systems']);
    expect(names('The panel heard from Velmora Holdings, Tarsun Mining, Jane Roe and Pellico.')).toEqual(['Velmora Holdings', 'Tarsun Mining', 'Pellico']);
  });

  it('leaves lists of places, people and charities, and lists with one firm, alone', () => {
    expect(names('Bids came from Kenya, Uganda and Tanzania.')).toEqual([]);
    expect(names('Enter Quorra, Velmora Holdings and Tarsun Mining.')).toEqual(['Velmora Holdings', 'Tarsun Mining']);
    expect(names('Speakers were Tom Hale, Ana Ruiz and Bob Kerr.')).toEqual([]);
    expect(names('Partners include Amazon, Oxfam and the Red Cross.')).toEqual([]);
    expect(names('Bids came from Tarsun Mining, Kenya and Uganda.')).toEqual(['Tarsun Mining']);
  });
});

describe('names that are not firms although a firm is near', () => {
  it('leaves out a product or service a named company owns', () => {
    expect(names("Most payments go through Safaricom's M-Pesa service.")).toEqual(['Safaricom']);
    expect(names("Vantor's Pebble app was downloaded a million times.")).toEqual(['Vantor']);
    expect(names("Toyota's Daihatsu unit recalled cars.")).toEqual(['Toyota', 'Daihatsu']);
  });

  it('does not read a known firm\'s name opening a finance house\'s name as that firm and a product', () => {
    expect(names('Profits fell at Sony Kaiun Finance, its annual report showed.')).not.toContain('Sony');
    expect(names('Orders fell at Sony Kaiun Leasing last year.')).not.toContain('Sony');
  });

  it('does not read the last word before ", the companies said" as a company', () => {
    expect(names('The pipe will reach power plants in Sonora and Tabasco, the companies said on Monday.')).toEqual([]);
    expect(names('Quorvex, the chipmaker, said it will hire 40 people.')).toEqual(['Quorvex']);
    expect(names('The new plant is in Tabasco, the company said.')).toEqual([]);
    expect(names('Orders rose at Quorvex, the company said.')).toEqual(['Quorvex']);
  });
});
