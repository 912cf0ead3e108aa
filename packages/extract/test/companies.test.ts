import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const companies = (text: string) => extractFacts({ text, published: '2025-10-20' }).filter((f) => f.type === 'company').map((f) => [f.text, f.value]);

describe('companies', () => {
  it('reads names with legal or industry suffixes and merges later short forms', () => {
    expect(companies('Neo Material Technologies Inc. and Lynas Rare Earths signed a deal. Lynas said it was pleased.')).toEqual([
      ['Neo Material Technologies Inc.', 'Neo Material Technologies Inc.'], ['Lynas Rare Earths', 'Lynas Rare Earths'], ['Lynas', 'Lynas Rare Earths'],
    ]);
  });

  it('reads a name without a suffix from what the text says about it', () => {
    expect(companies('"Demand is soft," said Ana Ruiz, an analyst at Carrow Metals Research.')).toEqual([['Carrow Metals Research', 'Carrow Metals Research']]);
    expect(companies('Zentrix, a Chinese magnet maker, cut prices.')).toEqual([['Zentrix', 'Zentrix']]);
  });

  it('does not read ministries, agencies, exchanges, universities, people or places as companies', () => {
    expect(companies('The Ministry of Commerce, the International Energy Agency, the Tokyo Stock Exchange and Waseda University commented, '
      + 'as did David Abraham in Inner Mongolia.')).toEqual([]);
  });

  it('gives names without a suffix a reason and names with one none', () => {
    const facts = extractFacts({ text: 'Zentrix, a magnet maker, and Hengxing Magnetech Co both grew.', published: '2025-10-20' }).filter((f) => f.type === 'company');
    expect(facts.map((f) => [f.text, f.reasons.length > 0])).toEqual([['Zentrix', true], ['Hengxing Magnetech Co', false]]);
    expect(facts[0]!.rawConfidence).toBeLessThan(0.8);
  });
});
