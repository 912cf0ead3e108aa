import { describe, expect, it } from 'vitest';
import { recognizeMoney } from '../src/index.ts';

/** [value, currency, per-unit, range] of every money mention, in order (values to 12 digits). */
const m = (text: string) =>
  recognizeMoney(text).map((x) => [Number(x.value.toPrecision(12)), x.currency, x.perUnit, x.range ? [Number(x.range.min.toPrecision(12)), Number(x.range.max.toPrecision(12))] : null]);

describe('money: a range whose scale is written once, in several words', () => {
  it('gives the low end the whole of a compound scale ("lakh crore")', () => {
    expect(m('Brokers expect bids of ₹1.3-1.4 lakh crore in the auction.')).toEqual([[1.3e12, 'INR', null, [1.3e12, 1.4e12]]]);
    expect(m('The plan needs Rs 2.5-3 lakh crore over five years.')).toEqual([[2.5e12, 'INR', null, [2.5e12, 3e12]]]);
  });

  it('keeps a range with one scale word as it was', () => {
    expect(m('Export revenue should reach $110-120 million.')).toEqual([[110e6, 'USD', null, [110e6, 120e6]]]);
    expect(m('Repairs will cost Rs 2-3 crore.')).toEqual([[2e7, 'INR', null, [2e7, 3e7]]]);
  });
});

describe('money: a currency word several countries use, where the article names more than one of them', () => {
  it('takes the country named last before the figure', () => {
    expect(m('Buyers from Pakistan stayed away. Indian growers fared better: Kolkata cleared at about Rs 245 a kg.')).toEqual([[245, 'INR', 'kg', null]]);
    expect(m('Pakistan raised petrol to Rs 280 a litre, while India kept it at Rs 95.')).toEqual([[280, 'PKR', 'l', null], [95, 'INR', null, null]]);
    expect(m('Sri Lanka priced diesel at 410 rupees; India at Rs 92.')).toEqual([[410, 'LKR', null, null], [92, 'INR', null, null]]);
  });

  it('takes the country named after the figure when none is named before it', () => {
    expect(m('Rs 500 crore was raised by the Indian unit of a Pakistan firm.')).toEqual([[5e9, 'INR', null, null]]);
  });
});

describe('money: a sum spread "over" a period', () => {
  it('is not a fraction of the year that follows', () => {
    expect(m('The offer would cost £38m over 2026-27.')).toEqual([[38e6, 'GBP', null, null]]);
    expect(m('The state will spend $5bn over 2030 and 2031.')).toEqual([[5e9, 'USD', null, null]]);
    expect(m('The fund will pay out $40 million over five years.')).toEqual([[40e6, 'USD', null, null]]);
  });
});
