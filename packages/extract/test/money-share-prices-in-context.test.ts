import { describe, expect, it } from 'vitest';
import { extractFacts, recognizeMoney } from '../src/index.ts';

/** [value, currency, per-unit] of every money mention, in order (values to 12 digits). */
const m = (text: string) => recognizeMoney(text).map((x) => [Number(x.value.toPrecision(12)), x.currency, x.perUnit]);
/** Money facts as [value, unit] after the fact layer (which splits a change into its two levels). */
const facts = (text: string) =>
  extractFacts({ text, published: '2026-05-04' }).filter((f) => f.type === 'money').map((f) => [Number(Number(f.value).toPrecision(12)), f.unit, f.range ? [f.range.min, f.range.max] : null]);

describe('money: a share price past an aside between commas', () => {
  it('finds the shares before a which-clause or a participle aside', () => {
    expect(m('Tarlow shares, which have lost a third of their value since the spring, closed at $14.20 on Friday.')).toEqual([[14.2, 'USD', 'share']]);
    expect(m('The stock, listed on the Oslo exchange since 2011, rose 3% to NOK 212.')).toEqual([[212, 'NOK', 'share']]);
    expect(m('Its shares, already up sharply this month after two upgrades, rose 4% to €31.60.')).toEqual([[31.6, 'EUR', 'share']]);
    expect(m('Shares in Velder, which trade in Vienna under the ticker VLD, fell 2.2% to €9.85.')).toEqual([[9.85, 'EUR', 'share']]);
  });

  it('leaves sums in the clause alone and does not reach past a real clause end', () => {
    expect(m('The company, which has 4,000 staff, raised its revenue to $48 last quarter.')).toEqual([[48, 'USD', null]]);
    expect(m('Revenue, which includes licensing income, rose 4% to $2.1 billion.')).toEqual([[2.1e9, 'USD', null]]);
    expect(m('Bram shares rose. The group, which employs 900 people, was fined $40 per violation.')).toEqual([[40, 'USD', 'violation']]);
    expect(m('Shares, which had a market value of $3 billion, were fine; its salary bill, now higher, rose to $9 million.')).toEqual([[3e9, 'USD', null], [9e6, 'USD', null]]);
  });
});

describe('money: a change restated as a percentage', () => {
  it('keeps the share unit on the change and on the level it led to', () => {
    expect(m('Corrigan shares rose $2.40, or 5.1 percent, to $49.45 in New York.')).toEqual([[2.4, 'USD', 'share'], [49.45, 'USD', 'share']]);
    expect(m('The stock fell 85 cents, or 3%, to $27.15 on Tuesday.')).toEqual([[0.85, 'USD', 'share'], [27.15, 'USD', 'share']]);
    expect(m('Its shares gained C$1.10, or 4.2 per cent, to C$27.30.')).toEqual([[1.1, 'CAD', 'share'], [27.3, 'CAD', 'share']]);
  });

  it('does not make a restated change in revenue a price', () => {
    expect(m('Revenue rose $2.4 billion, or 5.1 percent, to $49.4 billion.')).toEqual([[2.4e9, 'USD', null], [49.4e9, 'USD', null]]);
  });
});

describe("money: an analysts' target without the word 'price'", () => {
  it('reads the target brokers or analysts set as a price per share', () => {
    expect(m('Brokers at Fenner Hale lifted their target to £16.50 after the results.')).toEqual([[16.5, 'GBP', 'share']]);
    expect(m('Analysts at Orrin Bank raised their target to $41 after the results.')).toEqual([[41, 'USD', 'share']]);
    expect(m('The brokerage cut its target to A$6.20 from A$7.')).toEqual([[6.2, 'AUD', 'share'], [7, 'AUD', 'share']]);
  });

  it('leaves other targets alone', () => {
    expect(m('The charity raised its target to $40 per donor.')).toEqual([[40, 'USD', 'donor']]);
    expect(m('Management raised its sales target to $40 for the quarter.')).toEqual([[40, 'USD', null]]);
    expect(m('Analysts said the company raised its savings target to $400 million.')).toEqual([[400e6, 'USD', null]]);
  });
});

describe('money: the sum paid for each share', () => {
  it('reads "for each share" or "for every share" after a small amount', () => {
    expect(m('Marren offered $38.50 for each share of Quilby Foods.')).toEqual([[38.5, 'USD', 'share']]);
    expect(m('The bid works out at €12.40 in cash for every Astel share.')).toEqual([[12.4, 'EUR', 'share']]);
    expect(m('Holders will receive $20 in cash and 0.42 new shares for each share they own.')).toEqual([[20, 'USD', 'share']]);
    expect(m('Investors get SEK 95 for each of their shares.')).toEqual([[95, 'SEK', 'share']]);
  });

  it('does not make a deal value, a fine or a payment per something else a share price', () => {
    expect(m('Marren will pay $4.1 billion for each share class combined.')).toEqual([[4.1e9, 'USD', null]]);
    expect(m('The regulator fined it $50 for each late filing.')).toEqual([[50, 'USD', null]]);
    expect(m('It pays staff a bonus of $300; for each share sold they get more.')).toEqual([[300, 'USD', null]]);
    expect(m('The deal is worth $90, with $2 for each customer and shares for each partner.')).toEqual([[90, 'USD', null], [2, 'USD', null]]);
  });
});

describe('money: share prices in pence run into the thousands', () => {
  it('reads a grouped figure with a glued p as pence in a sterling story', () => {
    expect(m('Valued at £5.6bn, the shares rose 6.3% to 1,418p.')).toEqual([[5.6e9, 'GBP', null], [14.18, 'GBP', 'share']]);
    expect(m('Analysts raised their target to 2,150p; the bid was £900m.')).toEqual([[21.5, 'GBP', 'share'], [900e6, 'GBP', null]]);
  });

  it('does not read a screen resolution as pence', () => {
    expect(m('The £300 screen shows 1080p and 2160p video.')).toEqual([[300, 'GBP', null]]);
  });
});

describe('money: the price of one unit', () => {
  it('reads the unit a price is said to be of', () => {
    expect(m('The price of a 50-kg bag of cement climbed to ₹465 in Pune.')).toEqual([[465, 'INR', 'bag']]);
    expect(m('The cost of a litre of diesel rose to £1.45 last month.')).toEqual([[1.45, 'GBP', 'l']]);
    expect(m('The price of a 90kg bag rose to KSh 4,100.')).toEqual([[4100, 'KES', 'bag']]);
    expect(facts('The price of a 25kg sack in the town climbed from Rs 900 to Rs 1,150.')).toEqual([[900, 'INR/sack', null], [1150, 'INR/sack', null]]);
  });

  it('leaves things that are no unit and sums with a scale alone', () => {
    expect(m('The price of a new car rose to $48,000.')).toEqual([[48000, 'USD', null]]);
    expect(m('The cost of a bag factory rose to $12 million.')).toEqual([[12e6, 'USD', null]]);
  });
});

describe('money: a rate said to change to a new level', () => {
  it('carries an hourly or monthly rate to the level the sentence says it will reach', () => {
    expect(m('Call-centre pay, now £12.90 an hour, would rise to £13.60 in April.')).toEqual([[12.9, 'GBP', 'hour'], [13.6, 'GBP', 'hour']]);
    expect(m('Rent is $1,900 a month and will go up to $2,050 next year.')).toEqual([[1900, 'USD', 'month'], [2050, 'USD', 'month']]);
    expect(m('The toll, €4.20 a trip, is set to climb to €4.80.')).toEqual([[4.2, 'EUR', 'trip'], [4.8, 'EUR', 'trip']]);
  });

  it('does not carry a rate to a sum of another order, another currency or another priced thing', () => {
    expect(m('Pay is £12.90 an hour and the wage bill will rise to £13.6m.')).toEqual([[12.9, 'GBP', 'hour'], [13.6e6, 'GBP', null]]);
    expect(m('Pay is £12.90 an hour, and the fine would rise to $15.')).toEqual([[12.9, 'GBP', 'hour'], [15, 'USD', null]]);
    expect(m('Fees are $40 a month, while the revenue would rise to $45.')).toEqual([[40, 'USD', 'month'], [45, 'USD', null]]);
  });
});

describe('money: the first level of a change takes the unit written on the second', () => {
  it('reads "from 80p to £1 an hour" as two hourly prices', () => {
    expect(m('Parking will rise from 80p to £1 an hour in May.')).toEqual([[0.8, 'GBP', 'hour'], [1, 'GBP', 'hour']]);
    expect(m('Diesel went from 95 cents to $1.10 a litre.')).toEqual([[0.95, 'USD', 'l'], [1.1, 'USD', 'l']]);
    expect(facts('The levy rose from €3 to €4.50 a tonne last year.')).toEqual([[3, 'EUR/t', null], [4.5, 'EUR/t', null]]);
  });

  it('leaves an amount that is not the start of that change alone', () => {
    expect(m('The club paid £4m, and tickets went to £30 a match.')).toEqual([[4e6, 'GBP', null], [30, 'GBP', 'match']]);
  });
});

describe('money: "up from A to B" after a comma is the earlier level, a range', () => {
  it('keeps the range whole rather than splitting it into a change', () => {
    expect(facts('Fares will run from ₹20 to ₹80 a trip, up from ₹10 to ₹60 now.')).toEqual([[20, 'INR/trip', [20, 80]], [10, 'INR/trip', [10, 60]]]);
    expect(facts('Costs should be $1,050 to $1,150 an ounce, up from $980 to $1,020 this year.')).toEqual([[1050, 'USD/oz', [1050, 1150]], [980, 'USD/oz', [980, 1020]]]);
  });

  it('still splits a change written with up from', () => {
    expect(facts('Sales were up from $3 billion to $4 billion.')).toEqual([[3e9, 'USD', null], [4e9, 'USD', null]]);
  });
});

describe('money: sums beside share prices stay amounts', () => {
  it('keeps market values, deal values, revenue, fines and salaries without a per-share unit', () => {
    expect(m('The shares, which have doubled this year, rose 4% to $18, valuing the company at $4.1 billion.')).toEqual([[18, 'USD', 'share'], [4.1e9, 'USD', null]]);
    expect(m('Including debt, the deal for the shares, which trade in Zurich, is worth CHF 5.3 billion.')).toEqual([[5.3e9, 'CHF', null]]);
    expect(m('Shares in Lormont, listed in Lyon, rose after revenue climbed to €820 million.')).toEqual([[820e6, 'EUR', null]]);
    expect(m('The stock, which fell 9% in March, was hit when the firm was fined $2.7 million.')).toEqual([[2.7e6, 'USD', null]]);
    expect(m('Its shares, which she holds, are worth less than her salary of $685,000.')).toEqual([[685000, 'USD', null]]);
  });
});

describe('money: prices only a share sale has', () => {
  it('reads an offer, issue or IPO price as a price per share', () => {
    expect(m('The offer price of $21 values Lumen Rail at $1.9 billion.')).toEqual([[21, 'USD', 'share'], [1.9e9, 'USD', null]]);
    expect(m('Holders accepted an issue price of 250p.')).toEqual([[2.5, 'GBP', 'share']]);
    expect(m('The IPO was priced at $21, the top of the range.')).toEqual([[21, 'USD', 'share']]);
    expect(m('The float was priced at A$3.40, valuing the group at A$1.2bn.')).toEqual([[3.4, 'AUD', 'share'], [1.2e9, 'AUD', null]]);
    expect(m('Shareholders will get $12.50 per Kora share.')).toEqual([[12.5, 'USD', 'share']]);
  });

  it('reads a high or low of a share or a commodity in its unit', () => {
    expect(m('The stock hit a record high of $88 on Monday.')).toEqual([[88, 'USD', 'share']]);
    expect(m('Gold touched a low of $2,180 in March.')).toEqual([[2180, 'USD', 'oz']]);
  });

  it('leaves a bid worth millions, a high of sales and a sum per store alone', () => {
    expect(m('The bid price of $300 million was too low.')).toEqual([[300e6, 'USD', null]]);
    expect(m('Sales hit a high of $4 billion.')).toEqual([[4e9, 'USD', null]]);
    expect(m('Revenue per Kora store was $12.50.')).toEqual([[12.5, 'USD', null]]);
    expect(m('The new phone, priced at $799, goes on sale on Friday.')).toEqual([[799, 'USD', null]]);
  });
});

describe('money: a rival charge after a price per unit', () => {
  it('takes the unit of a price of the same order just quoted', () => {
    expect(m('Drivers pay Voltra £0.79 per kWh at its fast chargers. Zapp charges 85p.')).toEqual([[0.79, 'GBP', 'kWh'], [0.85, 'GBP', 'kWh']]);
    expect(m('Petrol is $1.90 a litre here; across the border it costs $1.60.')).toEqual([[1.9, 'USD', 'l'], [1.6, 'USD', 'l']]);
    expect(m('Millers pay €230 a tonne for feed wheat. The port silo charges €210.')).toEqual([[230, 'EUR', 't'], [210, 'EUR', 't']]);
  });

  it('does not carry a monthly fee, another order, another currency or a scaled sum', () => {
    expect(m('The plan is £10 a month. Its rival charges £8.')).toEqual([[10, 'GBP', 'month'], [8, 'GBP', null]]);
    expect(m('Fuel is £1.45 a litre. The car wash charges £40.')).toEqual([[1.45, 'GBP', 'l'], [40, 'GBP', null]]);
    expect(m('Fuel is £1.45 a litre. The importer charges $1.50.')).toEqual([[1.45, 'GBP', 'l'], [1.5, 'USD', null]]);
    expect(m('Wheat is €230 a tonne. The project costs €210 million.')).toEqual([[230, 'EUR', 't'], [210e6, 'EUR', null]]);
  });
});

describe('money: an aside skipped only before its own predicate', () => {
  it('does not reach past a comma that opens a new clause', () => {
    expect(m('Shares in Dorval fell sharply on Monday, which hurt the pension fund that holds a large stake, and its fees rose to $12.')).toEqual([[12, 'USD', null]]);
    expect(m('Dorval stock slipped on Friday, which eased the cost of the buyback plan for the year, while the card fee went to $3.')).toEqual([[3, 'USD', null]]);
  });
});
