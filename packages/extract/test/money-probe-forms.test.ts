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

  it('reads "pct points" as percentage points', () => {
    expect(p('The jobless rate fell 0.4 pct points.')).toEqual([[0.4, 'pp']]);
  });

  it('reads "10-percent" and "10-per-cent" before a noun', () => {
    expect(p('A 15-percent tariff takes effect on Monday.')).toEqual([[15, '%']]);
    expect(p('The group sold its 20-per-cent holding.')).toEqual([[20, '%']]);
  });
});

describe('tonnage: Indian lakh metric tonnes', () => {
  it('reads "LMT" as a hundred thousand tonnes', () => {
    expect(recognizeWeights('Mills crushed 45 LMT of cane.').map((w) => [w.value * (w.unit === 't' ? 1 : 0), w.unit])).toEqual([[4.5e6, 't']]);
  });
});
