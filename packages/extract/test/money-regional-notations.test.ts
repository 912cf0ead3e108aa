import { describe, expect, it } from 'vitest';
import { extractFacts, recognizeMoney } from '../src/index.ts';

/** [value, currency, per-unit] of every money mention, in order (values to 12 digits). */
const m = (text: string) => recognizeMoney(text).map((x) => [Number(x.value.toPrecision(12)), x.currency, x.perUnit]);
/** [value, unit, range] of every money fact of an article. */
const facts = (text: string) =>
  extractFacts({ text, published: '2026-04-02' })
    .filter((f) => f.type === 'money')
    .map((f) => [Number(Number(f.value).toPrecision(12)), f.unit, f.range]);

describe('money: the Swiss franc written "Fr." and German scale abbreviations', () => {
  it('reads "Fr." before a figure as the franc in a Swiss story', () => {
    expect(m('The Swiss chocolatier will pay Fr. 1.85 a share, and its stock closed at Fr. 96.40 in Zurich.')).toEqual([
      [1.85, 'CHF', 'share'], [96.4, 'CHF', 'share'],
    ]);
  });

  it('leaves "Fr." alone outside a Swiss story, where it is a title', () => {
    expect(m('Fr. Dolan said 300 people came to the fete, which raised $4,200.')).toEqual([[4200, 'USD', null]]);
  });

  it('reads "Mio." and "Mrd." after a figure as millions and billions, with a decimal comma', () => {
    expect(m('The canton adds €2,5 Mio. for the bridge and CHF 1,2 Mrd. for the tunnel.')).toEqual([[2.5e6, 'EUR', null], [1.2e9, 'CHF', null]]);
    expect(m('The Swiss insurer will spend Fr. 340 Mio. on offices.')).toEqual([[340e6, 'CHF', null]]);
  });
});

describe('money: hundredths in a story priced in euros or francs', () => {
  it('reads cents as euro cents where the story deals in euros and names no dollar', () => {
    expect(m('Diesel costs 162.9 cents a litre in Dublin, and a full tank of the small hatchback about €70.')).toEqual([
      [1.629, 'EUR', 'l'], [70, 'EUR', null],
    ]);
  });

  it('keeps US cents where the story also deals in dollars', () => {
    expect(m('The grain traded at 12 cents a pound, or €400 against $430 a tonne.')).toEqual([
      [0.12, 'USD', 'lb'], [400, 'EUR', null], [430, 'USD', 't'],
    ]);
  });

  it('reads centimes and Rappen as hundredths of the franc in a Swiss story', () => {
    expect(m('The Swiss grid raises its fee to 11.2 centimes per kWh; in Bern it is 10.8 Rappen per kWh.')).toEqual([
      [0.112, 'CHF', 'kWh'], [0.108, 'CHF', 'kWh'],
    ]);
  });
});

describe('money: exchange rates against the US dollar named in full', () => {
  it('reads "per US dollar" and "to the US dollar" as a price of one US dollar', () => {
    expect(recognizeMoney('The peg keeps the currency between HK$7.70 and HK$7.90 per US dollar.').map((x) => [x.currency, x.perUnit, x.range])).toEqual([
      ['HKD', 'USD', { min: 7.7, max: 7.9 }],
    ]);
    expect(m('The board buys Sri Lankan rupees at 300 rupees to the US dollar.')).toEqual([[300, 'LKR', 'USD']]);
    expect(m('The band runs from S$1.30 to S$1.40 per US dollar.')).toEqual([[1.3, 'SGD', 'USD']]);
  });
});

describe('money: one unit of a thing as the subject of a verb of price', () => {
  it('prices the figure per that unit: goods, measures and currencies', () => {
    expect(m('A kilogram of saffron now costs about €9,800 at the market.')).toEqual([[9800, 'EUR', 'kg']]);
    expect(m('One euro buys about 1.17 Swiss francs, against 1.05 last spring.')).toEqual([[1.17, 'CHF', 'EUR'], [1.05, 'CHF', 'EUR']]);
    expect(m('A litre of petrol sells for R24.10 in Johannesburg.')).toEqual([[24.1, 'ZAR', 'l']]);
    expect(m('A tonne of the ore is worth about $118.')).toEqual([[118, 'USD', 't']]);
  });

  it('does not count the "one euro" of such a sentence as a sum', () => {
    expect(m('One yuan costs 0.19 Singapore dollars today.').map((x) => x[1])).toEqual(['SGD']);
  });

  it('leaves other subjects and verbs alone', () => {
    expect(m('A unit of the insurer sold for $450,000 last year.')).toEqual([[450000, 'USD', null]]);
    expect(m('A kilogram of saffron was seized, and a fine of €9,800 imposed.')).toEqual([[9800, 'EUR', null]]);
    expect(m('The team raised one million euros.')).toEqual([[1e6, 'EUR', null]]);
  });
});

describe('money: a sum handed out for every or each recipient', () => {
  it('reads a handout "for every adult", "for each pupil" as the sum per recipient', () => {
    expect(m('The state will send a $400 energy rebate for every household in March.')).toEqual([[400, 'USD', 'household']]);
    expect(m('Schools receive a £1,150 grant for each pupil on free meals.')).toEqual([[1150, 'GBP', 'pupil']]);
  });

  it('leaves sums that name no handout, counts and frequencies alone', () => {
    expect(m('Schools receive £1,150 for each pupil on free meals.')).toEqual([[1150, 'GBP', null]]);
    expect(m('The city set aside $3m for each of its five libraries.')).toEqual([[3e6, 'USD', null]]);
    expect(m('Tenants get a £90 refund for every two weeks of delay.')).toEqual([[90, 'GBP', null]]);
    expect(m('It gave a £2m grant to the hospice and a £1m grant for every other charity.')).toEqual([[2e6, 'GBP', null], [1e6, 'GBP', null]]);
  });
});

describe('money: "from X to Y" after a verb of price is a range, not a change', () => {
  it('keeps a range of prices whole after "cost from" or "range from", even after a change in an earlier clause', () => {
    expect(facts('Day passes rose by £4 to £29, while lockers will cost from £2 to £6.')).toEqual([
      [4, 'GBP', null], [29, 'GBP', null], [2, 'GBP', { min: 2, max: 6 }],
    ]);
    expect(facts('Plots range from €40,000 to €95,000.')).toEqual([[40000, 'EUR', { min: 40000, max: 95000 }]]);
  });

  it('still splits the two levels of a reported change', () => {
    expect(facts('The fee rose from £38 to £72 in two years.').map((f) => f[0])).toEqual([38, 72]);
  });
});
