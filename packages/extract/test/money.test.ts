import { describe, expect, it } from 'vitest';
import { recognizeMoney } from '../src/index.ts';

const m = (text: string) => recognizeMoney(text).map((x) => [x.value, x.currency, x.perUnit]);

describe('recognizeMoney', () => {
  it('reads symbols, prefixed dollars and currency words', () => {
    expect(m('A $8.5 billion deal, A$200 million in loans, 58.6 million yuan and 120 billion yen.')).toEqual([
      [8.5e9, 'USD', null], [2e8, 'AUD', null], [58.6e6, 'CNY', null], [120e9, 'JPY', null],
    ]);
  });

  it('reads prices per unit and carries the unit to a compared price', () => {
    expect(m('Oxide climbed to 570,000 yuan a tonne, up from 400,000 yuan in January.')).toEqual([[570000, 'CNY', 't'], [400000, 'CNY', 't']]);
    expect(m('Gallium fetched $1,100 per kilogram.')).toEqual([[1100, 'USD', 'kg']]);
  });

  it('does not read an amount followed by "a year earlier" as a yearly rate', () => {
    expect(m('a profit of A$114 million a year earlier')).toEqual([[114e6, 'AUD', null]]);
  });
});

describe('recognizeMoney: forms seen in general news', () => {
  it('reads the rupee abbreviation with Indian scale words, and says which rupee it assumed', () => {
    const [a] = recognizeMoney('The council set aside Rs 250 crore for new bridges.');
    expect([a!.value, a!.currency]).toEqual([2.5e9, 'INR']);
    expect(a!.doubts.join(' ')).toMatch(/several countries/);
    const [b] = recognizeMoney('Lahore traders in Pakistan paid Rs. 40,000 in duties.');
    expect([b!.value, b!.currency]).toEqual([40000, 'PKR']);
    const [c] = recognizeMoney('India approved Rs 90 crore for the dam.');
    expect([c!.currency, c!.doubts]).toEqual(['INR', []]);
  });

  it('reads currency words with their country and shared words by the article', () => {
    expect(m('She sold the painting for 800 Swiss francs and a lamp for 300 Mexican pesos.')).toEqual([[800, 'CHF', null], [300, 'MXN', null]]);
    expect(m('Lagos retailers lost 90 million naira.')).toEqual([[90e6, 'NGN', null]]);
    expect(m('In the Philippines a ride costs 15 pesos.')).toEqual([[15, 'PHP', null]]);
  });

  it('reads pounds as money after a word of paying or with a scale, and as a mass otherwise', () => {
    expect(m('The landlord was fined 12,000 pounds.')).toEqual([[12000, 'GBP', null]]);
    expect(m('The museum raised 3 million pounds.')).toEqual([[3e6, 'GBP', null]]);
    expect(m('The crate weighed 80 pounds.')).toEqual([]);
    expect(m('They paid for 500 pounds of flour.')).toEqual([]);
  });

  it('reads a rate glued by hyphens or given by a rate adjective', () => {
    expect(m('Our $12-a-month plan and the $3-per-day pass.')).toEqual([[12, 'USD', 'month'], [3, 'USD', 'day']]);
    expect(m('Members pay a $25 monthly fee.')).toEqual([[25, 'USD', 'month']]);
  });

  it('keeps the rate of an amount per span of time, large or small', () => {
    expect(m('The county spends $40 million a year on buses.')).toEqual([[40e6, 'USD', 'year']]);
    expect(m('Tuition is $9,000 a year.')).toEqual([[9000, 'USD', 'year']]);
  });

  it('takes the unit of a quoted price from what the clause prices', () => {
    expect(m('Its shares ended the day at $31.40.')).toEqual([[31.4, 'USD', 'share']]);
    expect(m('WTI crude slipped 1% to $71.05.')).toEqual([[71.05, 'USD', 'bbl']]);
    expect(m('Silver traded at $24.10 after the report.')).toEqual([[24.1, 'USD', 'oz']]);
    expect(m('The Canadian dollar eased to $0.7312.')).toEqual([[0.7312, 'USD', 'CAD']]);
    // an amount with a scale word is never a quoted price
    expect(m('The oil firm raised its bid to $2 billion.')).toEqual([[2e9, 'USD', null]]);
  });

  it('reads "between X and Y" as a range', () => {
    expect(recognizeMoney('The repairs will cost between $4 million and $6 million.').map((x) => x.range)).toEqual([{ min: 4e6, max: 6e6 }]);
  });
});

describe('recognizeMoney: hundredths, hyphened scales and codes with suffixes', () => {
  it('converts cents and pence to units of their currency', () => {
    expect(m('A stamp now costs 73 cents, up from 68 cents.')).toEqual([[0.73, 'USD', null], [0.68, 'USD', null]]);
    expect(m('The levy adds 40 pence to each bill.')).toEqual([[0.4, 'GBP', null]]);
  });

  it('reads a scale word hyphened to the figure and a suffix after a currency code', () => {
    expect(m('The arena got a $12.5-million grant.')).toEqual([[12.5e6, 'USD', null]]);
    expect(m('The bank lent EUR 40m and GBP 2bn.')).toEqual([[40e6, 'EUR', null], [2e9, 'GBP', null]]);
  });
});

describe('recognizeMoney: a bare "$" where another dollar is in play', () => {
  it('keeps the US dollar and says why it may be another', () => {
    const [a] = recognizeMoney('Growers earned A$4 billion from wool and $3 billion from wheat.').slice(1);
    expect(a!.currency).toBe('USD');
    expect(a!.notes.join(' ')).toMatch(/dollar of several countries/);
    const [b] = recognizeMoney('Growers in Ohio earned $3 billion from corn.');
    expect(b!.notes).toEqual([]);
  });
});

describe('recognizeMoney: currency words that are also English', () => {
  it('reads "won" after a year or before an object as the verb', () => {
    expect(m('The side, which in 2016 won the cup, was relegated.')).toEqual([]);
    expect(m('Seoul paid 4 billion won for the land.')).toEqual([[4e9, 'KRW', null]]);
    expect(m('In South Korea a meal costs 9,000 won on average.')).toEqual([[9000, 'KRW', null]]);
  });
});

describe('recognizeMoney: a symbol after the figure', () => {
  it('reads "45 €" as euros, but not a symbol that opens the next amount', () => {
    expect(m('A day pass costs 12 € and a week 40€.')).toEqual([[12, 'EUR', null], [40, 'EUR', null]]);
    expect(m('Fares rose from 2 €3 overnight.')).toEqual([[3, 'EUR', null]]);
  });
});

describe('recognizeMoney: ranges with the currency after both figures', () => {
  it('reads "1.5-2 billion dollars" and "between 10 and 12 million euros" as ranges', () => {
    expect(recognizeMoney('The fund holds 1.5-2 billion dollars.').map((x) => [x.currency, x.range])).toEqual([['USD', { min: 1.5e9, max: 2e9 }]]);
    expect(recognizeMoney('Between 10 and 12 million euros were spent.').map((x) => [x.currency, x.range])).toEqual([['EUR', { min: 10e6, max: 12e6 }]]);
  });

  it('does not read a span of years before a currency word as money', () => {
    expect(m('Measured in 2015-2020 dollars, wages fell.')).toEqual([]);
  });
});
