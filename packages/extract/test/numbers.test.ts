import { describe, expect, it } from 'vitest';
import { extractFacts, recognizeNumbers } from '../src/index.ts';

const values = (text: string) => recognizeNumbers(text).map((m) => [m.text, m.value]);

describe('recognizeNumbers', () => {
  it('reads grouped digits, decimals and scale words as one number each', () => {
    expect(values('Output reached 1,234,567 tonnes, or 1.2 million, up from 980 thousand.')).toEqual([
      ['1,234,567', 1234567], ['1.2 million', 1200000], ['980 thousand', 980000],
    ]);
  });

  it('reads abbreviated scales glued to digits', () => {
    expect(values('The miner raised $3.4bn and 12m shares changed hands; 10k jobs are at stake.')).toEqual([
      ['3.4bn', 3.4e9], ['12m', 12e6], ['10k', 10000],
    ]);
  });

  it('reads spelled-out numbers, fractions and ratios', () => {
    expect(values('About two hundred and forty workers, one in five of them contractors, lost half a million hours.')).toEqual([
      ['two hundred and forty', 240], ['one in five', 0.2], ['half a million', 500000],
    ]);
    expect(values('Three quarters of the quota went to one firm.')).toEqual([['Three quarters', 0.75], ['one', 1]]);
  });

  it('keeps numbers in lists, chains and codes apart', () => {
    expect(values('Lots 12, 14 and 16 were sold; the IP was 10.0.0.1.')).toEqual([
      ['12', 12], ['14', 14], ['16', 16], ['10', 10], ['0', 0], ['0', 0], ['1', 1],
    ]);
  });

  it('does not read measurements or ordinals glued to letters as bare numbers', () => {
    expect(values('A 29km road and the 4th shipment of 180ml vials.')).toEqual([]);
  });

  it('reads thin-space grouping, full-width digits and signs', () => {
    expect(values('Stocks stood at 40\u2009000 tonnes; prices moved by -2.5 points and \uff13\uff10 units.')).toEqual([
      ['40\u2009000', 40000], ['-2.5', -2.5], ['\uff13\uff10', 30],
    ]);
  });

  it('ignores figures inside URLs', () => {
    expect(values('See https://example.com/data/2024/15 for details')).toEqual([]);
  });
});

describe('a comma after a figure with a scale', () => {
  it('ends the figure when a clause follows, and goes on only into a larger spelled group', () => {
    const money = (text: string) => extractFacts({ text, published: '2026-05-01' }).filter((f) => f.type === 'money').map((f) => f.value);
    expect(money('The losing bid was NOK 315 million, one banker said.')).toEqual([315_000_000]);
    expect(money('The fee came to $8 million, two lawyers confirmed.')).toEqual([8_000_000]);
    expect(money('The estate was valued at two million, three hundred thousand dollars.')).toEqual([2_300_000]);
  });
});
