import { describe, expect, it } from 'vitest';
import { recognizeMoney } from '../src/index.ts';

/** [value, currency, per-unit] of every money mention, in order (values to 12 digits). */
const m = (text: string) => recognizeMoney(text).map((x) => [Number(x.value.toPrecision(12)), x.currency, x.perUnit]);

describe('money: sums given per a counted thing', () => {
  it('reads a season, a dose, a match or a visit after the amount as its unit', () => {
    expect(m('The broadcaster will pay £8m a season under the new contract.')).toEqual([[8e6, 'GBP', 'season']]);
    expect(m('The clinic sells the vaccine at about $3.10 a dose, or less in bulk.')).toEqual([[3.1, 'USD', 'dose']]);
    expect(m('Tickets cost €45 a match and €30 a game for children.')).toEqual([[45, 'EUR', 'match'], [30, 'EUR', 'game']]);
    expect(m('The practice charges $65 per visit.')).toEqual([[65, 'USD', 'visit']]);
    expect(m('The chain earns $2bn a quarter.')).toEqual([[2e9, 'USD', 'quarter']]);
  });

  it('leaves the noun alone when it starts a phrase of its own or points in time', () => {
    expect(m('It cost £60 a season ticket holder said.')).toEqual([[60, 'GBP', null]]);
    expect(m('The club paid $5m a year ago and £4m a season earlier.')).toEqual([[5e6, 'USD', null], [4e6, 'GBP', null]]);
    expect(m('The group booked $5bn a quarter of which came from Asia.')).toEqual([[5e9, 'USD', null]]);
    expect(m('The league fined the club €2m a match-fixing panel decided.')).toEqual([[2e6, 'EUR', null]]);
  });

  it('keeps a rise quoted per barrel per barrel', () => {
    expect(m('A $40 a barrel rise would hurt airlines.')).toEqual([[40, 'USD', 'bbl']]);
  });
});

describe('money: price targets', () => {
  it('reads a price target or target price as a price per share', () => {
    expect(m('Brightwater raised its price target on the miner to $88 from $74.')).toEqual([[88, 'USD', 'share'], [74, 'USD', 'share']]);
    expect(m('The bank has a target price of 2,400 pence on the stock.')).toEqual([[24, 'GBP', 'share']]);
    expect(m('Analysts rate the company a buy with a price target of $145.')).toEqual([[145, 'USD', 'share']]);
  });

  it('does not make other targets prices', () => {
    expect(m('The company set a sales target of $40 for each customer visit.')).toEqual([[40, 'USD', null]]);
    expect(m('It has a price target of $2 billion for the unit sale.')).toEqual([[2e9, 'USD', null]]);
  });
});

describe('money: an amount paired with a per-unit amount', () => {
  it('gives the second amount of a coordination without its verb the first one\'s unit', () => {
    expect(m('Norsk Kanal offered about NOK 500 million a season and Vesterhavet about NOK 430 million.')).toEqual([
      [500e6, 'NOK', 'season'], [430e6, 'NOK', 'season'],
    ]);
  });

  it('does not pass the unit to an amount in a clause of its own or in another currency', () => {
    expect(m('The city pays $40 million a year and gave Harbor Partners $30 million in grants.')).toEqual([[40e6, 'USD', 'year'], [30e6, 'USD', null]]);
    expect(m('Norsk Kanal offered NOK 500 million a season and Vesterhavet €40 million.')).toEqual([[500e6, 'NOK', 'season'], [40e6, 'EUR', null]]);
    expect(m('Norsk Kanal offered NOK 500 million a season and Vesterhavet NOK 9 billion.')).toEqual([[500e6, 'NOK', 'season'], [9e9, 'NOK', null]]);
  });

  it('gives an amount compared with a per-unit price above or below it the same unit', () => {
    expect(m('VoltLane, bought for £90m, charges 69p per kWh at its sites, well above the 24p or so that homes pay.')).toEqual([
      [90e6, 'GBP', null], [0.69, 'GBP', 'kWh'], [0.24, 'GBP', 'kWh'],
    ]);
  });
});

describe('money: sums given per package, per use, per unit of energy or bandwidth', () => {
  it('reads a bag, a sack, a container or a crate after the amount as its unit', () => {
    expect(m('Farmers will pay KSh 2,300 a bag for the subsidised seed.')).toEqual([[2300, 'KES', 'bag']]);
    expect(m('Dealers expect cement to rise by ₹10-15 a bag next month.')).toEqual([[10, 'INR', 'bag']]);
    expect(m('The terminal charges $12.75 a container, and onions fetch £9 a sack.')).toEqual([[12.75, 'USD', 'container'], [9, 'GBP', 'sack']]);
    expect(m('The shipyard sold a container ship for $40 million.')).toEqual([[40e6, 'USD', null]]);
  });

  it('reads a journey, a transaction or a lesson as the unit of a charge', () => {
    expect(m('Riders can reclaim up to £18 a journey when trains run late.')).toEqual([[18, 'GBP', 'journey']]);
    expect(m('The wallet charges KSh 12 a transaction and the school €20 a lesson.')).toEqual([[12, 'KES', 'transaction'], [20, 'EUR', 'lesson']]);
  });

  it('reads British thermal units spelled out, with or without "million"', () => {
    expect(m('Henry Hub gas settled at $3.85 per million British thermal units on Friday.')).toEqual([[3.85, 'USD', 'MMBtu']]);
    expect(m('Asian cargoes traded near $12 a million Btu, and heating oil at 2 cents per British thermal unit.')).toEqual([[12, 'USD', 'MMBtu'], [0.02, 'USD', 'Btu']]);
  });

  it('reads a gigajoule and a megahertz as symbols', () => {
    expect(m('Spot gas fetched C$3.40 a gigajoule, against C$2.10 per GJ a year ago.')).toEqual([[3.4, 'CAD', 'GJ'], [2.1, 'CAD', 'GJ']]);
    expect(m('The regulator set a floor of ₹2,900 crore a megahertz for the band.')).toEqual([[29e9, 'INR', 'MHz']]);
  });
});
