import { describe, expect, it } from 'vitest';
import { recognizeMoney, recognizePercentages, recognizeWeights } from '../src/index.ts';

const m = (text: string) => recognizeMoney(text).map((x) => [Number(x.value.toPrecision(12)), x.currency, x.perUnit]);
const p = (text: string) => recognizePercentages(text).filter((x) => x.value !== null).map((x) => [x.value, x.unit]);

describe('money: an amount written as one compound adjective', () => {
  it('reads the figure, the scale and the currency hyphened together', () => {
    expect(m('The family posted a 2-million-dollar bounty for the stolen horse.')).toEqual([[2e6, 'USD', null]]);
    expect(m('Dublin unveiled a three-billion-euro housing plan.')).toEqual([[3e9, 'EUR', null]]);
    expect(m('A 40 million-pound stadium upgrade was approved.')).toEqual([[40e6, 'GBP', null]]);
  });

  it('reads the scale hyphened to the figure with the currency spaced after it', () => {
    expect(m('Lawmakers passed a six-billion dollar aid bill.')).toEqual([[6e9, 'USD', null]]);
    expect(m('The port got a 3-million euro grant.')).toEqual([[3e6, 'EUR', null]]);
  });

  it('leaves a figure hyphened to a currency name without a scale, and plurals, alone', () => {
    expect(m('He kept a 10-dollars jar on the shelf.')).toEqual([]);
    expect(m('The 2,000-pound bomb was defused.')).toEqual([]);
  });
});

describe('money: currency names news writes in words', () => {
  it('reads "crowns" after the country adjective as its krone or krona', () => {
    expect(m('The Oslo insurer lost 1.2 billion Norwegian crowns.')).toEqual([[1.2e9, 'NOK', null]]);
    expect(m('Copenhagen pledged 900 million Danish crowns.')).toEqual([[9e8, 'DKK', null]]);
    expect(m('The Prague utility earned 14 billion Czech crowns.')).toEqual([[14e9, 'CZK', null]]);
  });

  it('reads plural and less common currency names, and the CFA franc', () => {
    expect(m('The Budapest lender paid 300 million forints.')).toEqual([[3e8, 'HUF', null]]);
    expect(m('The Senegalese port cost 250 billion CFA francs.')).toEqual([[250e9, 'XOF', null]]);
    expect(m('Tehran set aside 40 trillion rials for the Iran grid.')).toEqual([[40e12, 'IRR', null]]);
  });

  it('reads a lower-case "euro" before an amount with a scale word or thousands separators, not before a rate', () => {
    expect(m('The court ordered the builder to pay euro 2.4 million.')).toEqual([[2.4e6, 'EUR', null]]);
    expect(m('Each grant is worth euro 15,000.')).toEqual([[15000, 'EUR', null]]);
    expect(m('Against the yen the euro 0.4% higher looked steady.')).toEqual([]);
  });

  it('reads a currency abbreviation closed with a point glued to the figure', () => {
    expect(m('The Kenyan insurer lost Ksh.2.7 billion.')).toEqual([[2.7e9, 'KES', null]]);
    expect(m('Nairobi traders paid Kshs.450 million in levies.')).toEqual([[4.5e8, 'KES', null]]);
  });

  it("reads Thai, Egyptian, Turkish and Israeli papers' own abbreviations in a story about the country", () => {
    expect(m('The Bangkok mall cost Bt9.5 billion.')).toEqual([[9.5e9, 'THB', null]]);
    expect(m('The Cairo metro line costs LE30 billion.')).toEqual([[30e9, 'EGP', null]]);
    expect(m('The Istanbul bank earned TL14 billion.')).toEqual([[14e9, 'TRY', null]]);
    expect(m('The Tel Aviv startup raised NIS 800 million.')).toEqual([[8e8, 'ILS', null]]);
    expect(m('The LE30 billion plan was shelved.')).toEqual([]);
    expect(m('Firms must comply with NIS 2 by October.')).toEqual([]);
  });

  it('reads the Tanzanian and Ugandan shilling signs', () => {
    expect(m('The Dodoma council spent TSh 4 billion on clinics.')).toEqual([[4e9, 'TZS', null]]);
    expect(m('Kampala traders lost USh 900 million in the fire.')).toEqual([[9e8, 'UGX', null]]);
  });
});

describe('money: pounds and pence after words of price and payment', () => {
  it('reads pounds after "prices" or "fares" as money', () => {
    expect(m('Stadium prices rose to 55 pounds this season.')).toEqual([[55, 'GBP', null]]);
    expect(m('Rail fares of 30 pounds shocked commuters.')).toEqual([[30, 'GBP', null]]);
    expect(m('The boxer weighed 150 pounds.')).toEqual([]);
  });

  it('reads glued pence after a word of paying even where no pound sign is written', () => {
    expect(m('A pint of milk now costs 89p.')).toEqual([[0.89, 'GBP', null]]);
    expect(m('The screen shows 1080p video.')).toEqual([]);
  });

  it('does not read a capitalized singular "Cent" after a figure as money', () => {
    expect(m('Tickets for the 50 Cent show sold out.')).toEqual([]);
    expect(m('The coin is worth 1 cent.')).toEqual([[0.01, 'USD', null]]);
  });

  it('reads cents with their currency named before them', () => {
    expect(m('The refiner will pay 40 US cents a share.')).toEqual([[0.4, 'USD', 'share']]);
    expect(m('Tolls rose by 20 euro cents.')).toEqual([[0.2, 'EUR', null]]);
  });

  it('reads pence after a dividend as money', () => {
    expect(m('The utility declared a dividend of 7.5p per share.')).toEqual([[0.075, 'GBP', 'share']]);
  });

  it('reads a price per a stated mass or per a container of that mass', () => {
    expect(m('Farmers sold beans at Sh6,500 per 90kg bag in Kenya.')).toEqual([[6500, 'KES', 'bag']]);
    expect(m('Traders paid Rs 2,400 per 100 kg of wheat.')).toEqual([[2400, 'INR', '100kg']]);
  });

  it('reads "a dozen" as the unit of a price', () => {
    expect(m('Free-range eggs climbed to $5.40 a dozen.')).toEqual([[5.4, 'USD', 'dozen']]);
  });
});

describe('percentages: abbreviated and hyphened forms', () => {
  it('reads a spaced lower-case "pc" followed by punctuation or a clause word', () => {
    expect(p('Factory output grew 4.6 pc in April.')).toEqual([[4.6, '%']]);
    expect(p('Rents climbed 11 pc.')).toEqual([[11, '%']]);
    expect(p('The school bought 30 pc monitors.')).toEqual([]);
  });

  it('reads "p.c." with its points as percent', () => {
    expect(p('Farm output grew 3.7 p.c. last year.')).toEqual([[3.7, '%']]);
  });

  it('reads "pct points" as percentage points', () => {
    expect(p('The jobless rate fell 0.4 pct points.')).toEqual([[0.4, 'pp']]);
  });

  it('reads "10-percent" and "10-per-cent" before a noun', () => {
    expect(p('A 15-percent tariff takes effect on Monday.')).toEqual([[15, '%']]);
    expect(p('The group sold its 20-per-cent holding.')).toEqual([[20, '%']]);
  });
});

describe('tonnage: prefixes written apart and millions glued before a hyphened unit', () => {
  const w = (text: string) => recognizeWeights(text).map((x) => x.value);
  it('reads "kilo tonnes" and "mega tonnes"', () => {
    expect(w('The works emit 4.5 kilo tonnes of dust.')).toEqual([4500]);
    expect(w('Reserves stand at 2 mega tonnes.')).toEqual([2e6]);
  });
  it('reads "1.2m-tonne" as millions, but "10m-high" stays a length', () => {
    expect(w('A 2.5m-tonne shipment of coal left port.')).toEqual([2.5e6]);
    expect(w('A 10m-high wall and a 5m-long tonne-rated crane.')).toEqual([]);
  });
});

describe('tonnage: Indian lakh metric tonnes', () => {
  it('reads "LMT" as a hundred thousand tonnes', () => {
    expect(recognizeWeights('Mills crushed 45 LMT of cane.').map((w) => [w.value * (w.unit === 't' ? 1 : 0), w.unit])).toEqual([[4.5e6, 't']]);
  });
});

describe('a compared figure whose unit is left unwritten', () => {
  const facts = (text: string) => recognizeMoney(text).map((x) => [Number(x.value.toPrecision(12)), x.currency, x.perUnit]);
  const tonnes = (text: string) => recognizeWeights(text).map((w) => w.value);

  it('carries the currency, the scale and the price unit over to the figure compared', () => {
    expect(facts('Turnover climbed to $7.3 billion, up from 6.8 billion.')).toEqual([[7.3e9, 'USD', null], [6.8e9, 'USD', null]]);
    expect(facts('Brent settled at $81 a barrel, against 78 on Friday.')).toEqual([[81, 'USD', 'bbl'], [78, 'USD', 'bbl']]);
  });

  it('carries tonnes over, with the scale when the compared figure writes none', () => {
    expect(tonnes('Arrivals reached 3.4 million tonnes, down from 3.9 million.')).toEqual([3.4e6, 3.9e6]);
    expect(tonnes('Stocks rose to 61,000 tonnes from 58,500 a week earlier.')).toEqual([61000, 58500]);
    expect(tonnes('Output fell to 2.2 million tonnes, down from 2.5.')).toEqual([2.2e6, 2.5e6]);
  });

  it('carries a percent over from a level, never from the size of a change', () => {
    expect(p('The jobless rate rose to 5.2% from 4.9 in March.')).toEqual([[5.2, '%'], [4.9, '%']]);
    expect(p('Headcount fell 3% from 1,200 in March.')).toEqual([[3, '%']]);
  });

  it('reads a bare "from" as a comparison only after a level reached, not as a source', () => {
    expect(facts('The fund raised $500 million from 30.')).toEqual([[5e8, 'USD', null]]);
    expect(facts('Fees rose to $40 million from 31.')).toEqual([[4e7, 'USD', null], [3.1e7, 'USD', null]]);
  });

  it('leaves a year, a figure with its own unit and a figure of another size alone', () => {
    expect(tonnes('Output slipped to 1.8 million tonnes from 2019 levels.')).toEqual([1.8e6]);
    expect(tonnes('Exports rose to 40,000 tonnes from 12 ports.')).toEqual([40000]);
    expect(facts('Profit rose to $2 billion from 3 cents a share.')).toEqual([[2e9, 'USD', null], [0.03, 'USD', 'share']]);
  });
});

describe('money: exchange rates told with a currency as the subject', () => {
  it('reads the figure as the subject currency per unit of the other', () => {
    expect(m('The rand weakened to 18.9 per dollar on Tuesday.')).toEqual([[18.9, 'ZAR', 'USD']]);
    expect(m('The Kenyan shilling closed at 129 against the US dollar.')).toEqual([[129, 'KES', 'USD']]);
    expect(m('The won traded at 1,380 to the dollar, in Korea.')).toEqual([[1380, 'KRW', 'USD']]);
    expect(m('The forint hit 395 per euro.')).toEqual([[395, 'HUF', 'EUR']]);
  });

  it('reads "to the dollar" after a currency as the rate\'s other currency', () => {
    expect(m('Traders paid 280 naira to the dollar in Lagos.')).toEqual([[280, 'NGN', 'USD']]);
  });

  it('quotes the euro and the pound as the other currency per unit of them, as markets do', () => {
    expect(m('The pound slipped to 1.26 against the dollar.')).toEqual([[1.26, 'USD', 'GBP']]);
    expect(m('The euro eased to 0.85 per pound.')).toEqual([[0.85, 'GBP', 'EUR']]);
  });

  it('needs the currency as the subject of the same sentence', () => {
    expect(m('The rupee was steady. Fuel rose to 96 per litre.')).toEqual([]);
    expect(m('Imports rose to 12 per dollar of exports.')).toEqual([]);
  });

  it('gives a change the unit of the price it settled at', () => {
    expect(m('Gasoil futures ended down 30 cents at $8.15 a gallon.')).toEqual([[0.3, 'USD', 'gal'], [8.15, 'USD', 'gal']]);
  });
});
