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
