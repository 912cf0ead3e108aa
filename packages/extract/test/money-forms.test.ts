import { describe, expect, it } from 'vitest';
import { extractFacts, recognizeMoney } from '../src/index.ts';

/** [value, currency, per-unit] of every money mention, in order (values to 12 digits: 4.1 * 1e9 is not exact in binary). */
const m = (text: string) => recognizeMoney(text).map((x) => [Number(x.value.toPrecision(12)), x.currency, x.perUnit]);

describe('money: a unit borrowed from an earlier price stays in its sentence', () => {
  it('does not give a rate of time to a later amount in another sentence', () => {
    expect(m('A $7.99-a-month tier launched in May. The group is spending more than $2 billion on new films.')).toEqual([
      [7.99, 'USD', 'month'], [2e9, 'USD', null],
    ]);
    expect(m('Smugglers move about $30 million per week. That is below the $45 million estimate officials gave.')).toEqual([
      [30e6, 'USD', 'week'], [45e6, 'USD', null],
    ]);
  });

  it('does not end a sentence at the points of an abbreviation', () => {
    expect(m('Lithium slid to $13,900 a tonne in U.S. trading, down from $15,200.')).toEqual([[13900, 'USD', 't'], [15200, 'USD', 't']]);
  });

  it('still compares two prices in one sentence, and carries a rate to the end of a change', () => {
    expect(m('Rent climbed to $2,100 a month, up from $1,800 last spring.')).toEqual([[2100, 'USD', 'month'], [1800, 'USD', 'month']]);
    expect(m('Fees will go from $12,000 a year to $13,400.')).toEqual([[12000, 'USD', 'year'], [13400, 'USD', 'year']]);
  });

  it('never lends a small price unit to an amount with a scale word', () => {
    expect(m('Cobalt traded at $33,000 a tonne, and the miner holds reserves worth more than $40,000 million.')).toEqual([
      [33000, 'USD', 't'], [40e9, 'USD', null],
    ]);
  });

  it('gives a conversion in brackets the unit of the price it converts', () => {
    expect(m('Units were offered at HK$88 a share (£8.70) to retail buyers.')).toEqual([[88, 'HKD', 'share'], [8.7, 'GBP', 'share']]);
  });
});

describe('money: share prices that do not say "share" beside the figure', () => {
  it('reads the stock with a verb of being as a price per share', () => {
    expect(m('Acme listed at $24 a share in 2016. The stock is now $9.25, and investors are angry.')).toEqual([
      [24, 'USD', 'share'], [9.25, 'USD', 'share'],
    ]);
    expect(m('Its share price was $41.')).toEqual([[41, 'USD', 'share']]);
    expect(m('After the dinner her share was $38.')).toEqual([[38, 'USD', null]]);
  });

  it('keeps quoting per share in the sentence after a bid per share, but no further', () => {
    expect(m('The buyer offered $11.40 per share for the chain. The founders had held out for the $14 they were promised.')).toEqual([
      [11.4, 'USD', 'share'], [14, 'USD', 'share'],
    ]);
    expect(m('The buyer offered $11.40 per share. Staff were uneasy. Lunch there costs $14.')).toEqual([[11.4, 'USD', 'share'], [14, 'USD', null]]);
  });

  it('reads a price told to investors while a share sale is being priced', () => {
    const text = 'The lender is pricing its new shares at a small discount to last week.\n\nBuyers were told 64 Hong Kong dollars (£6.30) would be the final figure.';
    expect(m(text)).toEqual([[64, 'HKD', 'share'], [6.3, 'GBP', 'share']]);
  });

  it('does not make a paid sum a share price because shares are being priced, nor a product price because a share price moved', () => {
    expect(m('The bank priced its shares on Tuesday. Advisers were paid $900 for the evening.')).toEqual([[900, 'USD', null]]);
    expect(m("The maker's share price climbed 3% after the event. Its new tablet is $649.")).toEqual([[649, 'USD', null]]);
  });

  it('reads a share price after a change in dollars, and the change in the same unit', () => {
    expect(m('Shares of the insurer fell $2.15 to $61.80 by the close.')).toEqual([[2.15, 'USD', 'share'], [61.8, 'USD', 'share']]);
    expect(m('The trust paid $6 million to investors and set a target of $30.')).toEqual([[6e6, 'USD', null], [30, 'USD', null]]);
  });

  it('reads earnings and dividends per share', () => {
    expect(m('It reported EPS of $1.85 and a quarterly dividend of 30 cents.')).toEqual([[1.85, 'USD', 'share'], [0.3, 'USD', 'share']]);
  });
});

describe('money: currency signs and letters written before the figure', () => {
  it('reads a glued N as the naira only in a story about Nigeria, and a glued "m" as millions', () => {
    expect(m('A court in Abuja awarded the family N250m, and a further N1.5 billion to the town.')).toEqual([
      [250e6, 'NGN', null], [1.5e9, 'NGN', null],
    ]);
    expect(m('Engineers closed the N7 near the coast for 40,000 vehicles.')).toEqual([]);
    expect(m('The N250m award surprised lawyers.')).toEqual([]);
  });

  it('reads a glued R as the rand only in a story about South Africa', () => {
    expect(m('Cape Town will spend R3.4 billion on water pipes.')).toEqual([[3.4e9, 'ZAR', null]]);
    expect(m('The R3.4 billion figure was disputed.')).toEqual([]);
  });

  it('reads the dollar prefixes, Asian symbols and other letters before a figure', () => {
    expect(m('HK$7 billion, S$60 million, A$2.2bn, C$900 million, NT$15 billion, R$80 million.')).toEqual([
      [7e9, 'HKD', null], [60e6, 'SGD', null], [2.2e9, 'AUD', null], [900e6, 'CAD', null], [15e9, 'TWD', null], [80e6, 'BRL', null],
    ]);
    expect(m('₹45 crore, ₩3 trillion, CHF 700 million, Rp 9 trillion, RM 2.5 billion and KSh 80 million.')).toEqual([
      [450e6, 'INR', null], [3e12, 'KRW', null], [700e6, 'CHF', null], [9e12, 'IDR', null], [2.5e9, 'MYR', null], [80e6, 'KES', null],
    ]);
    expect(m('Cairo raised E£ 12 billion and Accra GH₵ 400 million.')).toEqual([[12e9, 'EGP', null], [400e6, 'GHS', null]]);
    expect(m('The fund put Rmb8bn into chips and SFr 350m into drugs.')).toEqual([[8e9, 'CNY', null], [350e6, 'CHF', null]]);
    expect(m('Perth lost AUD$40 million and Auckland NZD$12 million.')).toEqual([[40e6, 'AUD', null], [12e6, 'NZD', null]]);
  });

  it('reads a capitalized currency name before the figure, but not a tournament named with a year', () => {
    expect(m('Kerala sought Rupees 900 crore and the club Euro 12 million, in time for Euro 2028.')).toEqual([[9e9, 'INR', null], [12e6, 'EUR', null]]);
  });

  it('reads marks after the figure as written, so feet are not forints', () => {
    expect(m('Tickets are 45 zł in Kraków, 300 Kč in Brno and 2,500 Ft in Pécs, Hungary.')).toEqual([[45, 'PLN', null], [300, 'CZK', null], [2500, 'HUF', null]]);
    expect(m('The wall is 300 ft long.')).toEqual([]);
    expect(m('New Spire Rises 900 Ft Over Downtown')).toEqual([]);
  });
});

describe('money: scale words however they are written', () => {
  it('reads words, abbreviations and glued suffixes for thousand, million and billion', () => {
    expect(m('A billion euros, half a million dollars, three million pounds, $4.1bn, $275k, US$6.2 mln and €1.8 bln.')).toEqual([
      [1e9, 'EUR', null], [5e5, 'USD', null], [3e6, 'GBP', null], [4.1e9, 'USD', null], [275000, 'USD', null], [6.2e6, 'USD', null], [1.8e9, 'EUR', null],
    ]);
  });

  it('reads ranges with one scale word or two', () => {
    const ranges = (text: string) => recognizeMoney(text).map((x) => [x.currency, x.range]);
    expect(ranges('The refit will cost $70-85 million.')).toEqual([['USD', { min: 70e6, max: 85e6 }]]);
    expect(ranges('Damage is put at between $4 and $6 billion.')).toEqual([['USD', { min: 4e9, max: 6e9 }]]);
  });
});

describe('money: prices of traded goods keep their unit', () => {
  it('reads tonnes, pounds, bushels and the tungsten unit', () => {
    expect(m('Wheat fetched $6.10 per bushel, cotton $0.82/lb and nickel $16,400 a tonne.')).toEqual([
      [6.1, 'USD', 'bushel'], [0.82, 'USD', 'lb'], [16400, 'USD', 't'],
    ]);
    expect(m('Concentrate sold for US$ 310 per dry metric tonne unit, and ore for US$ 88 per dry metric tonne.')).toEqual([
      [310, 'USD', 'mtu'], [88, 'USD', 't'],
    ]);
  });

  it('reads energy units, troy ounces and currencies quoted against another', () => {
    expect(m('Power cleared at $41 per megawatt hour, gas at $3.20 per MMBtu and gold at $2,050 per troy ounce.')).toEqual([
      [41, 'USD', 'MWh'], [3.2, 'USD', 'MMBtu'], [2050, 'USD', 'oz'],
    ]);
    expect(m('The currency ended at 151 yen per dollar.')).toEqual([[151, 'JPY', 'USD']]);
  });

  it('takes any noun after "per" as the unit, but not "per cent"', () => {
    expect(m('Traders in Lagos paid N7,500 per bag of cement.')).toEqual([[7500, 'NGN', 'bag']]);
    expect(m('The app charges $3 per user.')).toEqual([[3, 'USD', 'user']]);
  });
});

describe('money facts: a share price read from its sentence', () => {
  it('writes the unit with the currency and trusts it less than a unit written beside the figure', () => {
    const facts = extractFacts({ text: 'Shareholders bought in at $18 a share. The stock is $6.40 today.', published: '2025-05-02' }).filter((f) => f.type === 'money');
    expect(facts.map((f) => [f.value, f.unit])).toEqual([[18, 'USD/share'], [6.4, 'USD/share']]);
    expect(facts[1]!.rawConfidence!).toBeLessThan(facts[0]!.rawConfidence!);
  });
});

describe('money: small forms of everyday prices', () => {
  it('reads pence glued to the figure in a story that deals in pounds, but not a screen resolution', () => {
    expect(m('A pint rose by 12p to £4.10.')).toEqual([[0.12, 'GBP', null], [4.1, 'GBP', null]]);
    expect(m('It films 720p clips and sells for £250.')).toEqual([[250, 'GBP', null]]);
  });

  it('reads abbreviated rates after a slash', () => {
    expect(m('Plans cost $4.99/mo or $49/yr.')).toEqual([[4.99, 'USD', 'month'], [49, 'USD', 'year']]);
  });

  it('does not read the point of "Rs." as a decimal point', () => {
    expect(m('In Delhi a thali costs Rs.180.')).toEqual([[180, 'INR', null]]);
  });

  it('reads "¥" by the country the article is about', () => {
    expect(recognizeMoney('Beijing set aside ¥40 billion for rail.').map((x) => x.currency)).toEqual(['CNY']);
    expect(recognizeMoney('Tokyo set aside ¥40 billion for rail.').map((x) => [x.currency, x.doubts])).toEqual([['JPY', []]]);
  });
});

describe('money: rates and currencies written in words', () => {
  it('reads Indian scale words hyphened to the figure', () => {
    expect(m('The state cleared a Rs 700-crore bypass and a ₹5-lakh award.')).toEqual([[7e9, 'INR', null], [5e5, 'INR', null]]);
  });

  it('reads a rate adverb after the figure', () => {
    expect(m('Nurses there earn $88,000 annually, and parking is $6 daily.')).toEqual([[88000, 'USD', 'year'], [6, 'USD', 'day']]);
  });

  it('reads "U.S. dollars" with its points', () => {
    expect(m('The loan was 2.4 million U.S. dollars.')).toEqual([[2.4e6, 'USD', null]]);
  });

  it('does not read a vague number of hundreds or thousands as an amount', () => {
    expect(m('Repairs run to several hundred dollars, sometimes thousands of dollars.')).toEqual([]);
  });
});

describe('money: a change and the level it reached', () => {
  it('reads "by X to Y" as two amounts, not a range, and marks the first a change', () => {
    expect(m('Profit rose by $2 billion to $9 billion.')).toEqual([[2e9, 'USD', null], [9e9, 'USD', null]]);
    expect(recognizeMoney('Costs will be $5 to $7 billion.').map((x) => x.range)).toEqual([{ min: 5e9, max: 7e9 }]);
    const facts = extractFacts({ text: 'Net income grew by $400 million to $1.1 billion.', published: '2025-02-11' }).filter((f) => f.type === 'money');
    expect(facts.map((f) => [f.value, f.kind])).toEqual([[4e8, 'change'], [1.1e9, null]]);
  });
});
